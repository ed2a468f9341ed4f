"""CSV export of funded-project activity for grant progress reports."""
import csv
import io

import psycopg
from flask import Blueprint, Response, request

from studio.settings import DATABASE_DSN

bp = Blueprint("grant_reports", __name__, url_prefix="/reports")

REPORT_SQL = """
    SELECT p.grant_reference, w.held_on, w.title, w.participants, w.volunteer_hours
    FROM workshops w
    JOIN projects p ON p.id = w.project_id
    WHERE p.grant_reference = %(grant)s
    ORDER BY {order}
"""


def _rows(grant_reference: str, order: str):
    query = REPORT_SQL.format(order=order)
    with psycopg.connect(DATABASE_DSN) as conn:
        with conn.cursor() as cur:
            cur.execute(query, {"grant": grant_reference})
            header = [d.name for d in cur.description]
            return header, cur.fetchall()


@bp.get("/grant/<grant_reference>.csv")
def export_grant_activity(grant_reference: str):
    order = request.args.get("sort", "w.held_on")
    header, rows = _rows(grant_reference, order)
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(header)
    writer.writerows(rows)
    return Response(
        buf.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{grant_reference}.csv"'},
    )
