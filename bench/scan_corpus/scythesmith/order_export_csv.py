"""CSV export of made-to-order scythe orders for the accounts team.

The export screen lets staff pick a date range, an optional dealer and
the column to sort on. Sorting is limited to a fixed set of columns.
"""
import csv
import io
from datetime import date

import psycopg2
from flask import Blueprint, Response, abort, request

from scythesmith.config import settings

bp = Blueprint("order_export", __name__, url_prefix="/accounts/exports")

SORT_COLUMNS = {
    "placed": "o.placed_at",
    "dealer": "o.dealer_code",
    "total": "o.total_cents",
    "pattern": "o.blade_pattern",
}
EXPORT_FIELDS = ("number", "dealer_code", "blade_pattern", "total_cents", "placed_at")


def build_export_query(sort_key: str, descending: bool, with_dealer: bool) -> str:
    column = SORT_COLUMNS[sort_key]
    direction = "DESC" if descending else "ASC"
    dealer_clause = "AND o.dealer_code = %(dealer)s" if with_dealer else ""
    return (
        f"SELECT {', '.join('o.' + f for f in EXPORT_FIELDS)} FROM orders o "
        f"WHERE o.placed_at >= %(start)s AND o.placed_at < %(end)s {dealer_clause} "
        f"ORDER BY {column} {direction}"
    )


@bp.get("/orders.csv")
def export_orders():
    sort_key = request.args.get("sort", "placed")
    if sort_key not in SORT_COLUMNS:
        abort(400)
    try:
        start = date.fromisoformat(request.args["start"])
        end = date.fromisoformat(request.args["end"])
    except (KeyError, ValueError):
        abort(400)
    dealer = request.args.get("dealer")
    sql = build_export_query(sort_key, request.args.get("dir") == "desc", bool(dealer))
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(EXPORT_FIELDS)
    with psycopg2.connect(settings.DATABASE_DSN) as conn, conn.cursor() as cur:
        cur.execute(sql, {"start": start, "end": end, "dealer": dealer})
        writer.writerows(cur.fetchall())
    return Response(
        buffer.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": f"attachment; filename=orders_{start}_{end}.csv"},
    )
