"""Judging-room report of quilt show entries.

Show chairs download the entry list sorted by whichever column they are
working through on the day: entry number, category, entrant or size.
"""
import csv
import io

import psycopg
from flask import Blueprint, Response, request

from quilter.auth import require_role
from quilter.config import settings

bp = Blueprint("show_reports", __name__)

SORTABLE = {
    "number": "e.entry_number",
    "category": "c.name, e.entry_number",
    "entrant": "m.last_name, m.first_name",
    "size": "(e.width_in * e.height_in) DESC",
}
DEFAULT_SORT = "number"


def _order_clause(requested: str | None) -> str:
    return SORTABLE.get(requested or DEFAULT_SORT, SORTABLE[DEFAULT_SORT])


def fetch_entries(show_id: int, sort: str | None) -> list[tuple]:
    order_by = _order_clause(sort)
    query = f"""
        SELECT e.entry_number, c.name, m.first_name || ' ' || m.last_name,
               e.title, e.width_in, e.height_in
        FROM show_entry e
        JOIN show_category c ON c.id = e.category_id
        JOIN member m ON m.id = e.member_id
        WHERE e.show_id = %s AND e.withdrawn_at IS NULL
        ORDER BY {order_by}
    """
    with psycopg.connect(settings.DATABASE_URL) as conn:
        return conn.execute(query, (show_id,)).fetchall()


@bp.route("/shows/<int:show_id>/entries.csv")
@require_role("show_chair")
def entries_csv(show_id: int):
    rows = fetch_entries(show_id, request.args.get("sort"))
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["Entry", "Category", "Entrant", "Title", "Width", "Height"])
    writer.writerows(rows)
    return Response(
        buf.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": f"attachment; filename=show-{show_id}-entries.csv"},
    )
