"""Sales reports for the shop back office, sortable by a chosen column."""
import csv
import io

import psycopg
from flask import Blueprint, Response, request

from skepmaker.admin.auth import staff_required
from skepmaker.config import settings

bp = Blueprint("order_reports", __name__, url_prefix="/admin/reports")

SORT_COLUMNS = {
    "date": "o.placed_at",
    "total": "o.total_pence",
    "customer": "c.surname",
    "status": "o.status",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def build_report_query(sort_key: str, direction: str) -> str:
    column = SORT_COLUMNS.get(sort_key, SORT_COLUMNS["date"])
    order = DIRECTIONS.get(direction.lower(), "DESC")
    return (
        "SELECT o.reference, o.placed_at, c.surname, o.status, o.total_pence "
        "FROM shop_orders o JOIN customers c ON c.id = o.customer_id "
        "WHERE o.placed_at >= %s AND o.placed_at < %s "
        f"ORDER BY {column} {order}"
    )


def fetch_report(start: str, end: str, sort_key: str, direction: str):
    with psycopg.connect(settings.SHOP_DB_DSN) as conn:
        with conn.cursor() as cur:
            cur.execute(build_report_query(sort_key, direction), (start, end))
            return cur.fetchall()


@bp.get("/orders.csv")
@staff_required
def orders_csv():
    rows = fetch_report(
        request.args["start"],
        request.args["end"],
        request.args.get("sort", "date"),
        request.args.get("dir", "desc"),
    )
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["reference", "placed_at", "surname", "status", "total_pence"])
    writer.writerows(rows)
    return Response(buf.getvalue(), mimetype="text/csv")
