"""Monthly urn order report for the crematorium manager dashboard."""
from __future__ import annotations

import csv
import io
from datetime import date

import psycopg
from flask import Blueprint, Response, current_app, request

bp = Blueprint("urn_reports", __name__, url_prefix="/reports/urns")

REPORT_SQL = """
SELECT o.id, o.created_at, c.name AS clinic, p.sku, p.name AS product, o.quantity, o.total
FROM urn_orders o
JOIN clinics c ON c.id = o.clinic_id
JOIN urn_products p ON p.id = o.product_id
WHERE o.created_at >= %s AND o.created_at < %s
ORDER BY {order_by}
"""


def _month_bounds(year: int, month: int) -> tuple[date, date]:
    start = date(year, month, 1)
    end = date(year + (month == 12), month % 12 + 1, 1)
    return start, end


def _ordering(sort: str, direction: str) -> str:
    direction = "DESC" if direction.lower() == "desc" else "ASC"
    return "{} {}".format(sort, direction)


def fetch_report(year: int, month: int, sort: str, direction: str) -> list[tuple]:
    start, end = _month_bounds(year, month)
    query = REPORT_SQL.format(order_by=_ordering(sort, direction))
    with psycopg.connect(current_app.config["REPORTS_DSN"]) as conn:
        with conn.cursor() as cur:
            cur.execute(query, (start, end))
            return cur.fetchall()


@bp.get("/monthly.csv")
def monthly_csv():
    year = request.args.get("year", type=int, default=date.today().year)
    month = request.args.get("month", type=int, default=date.today().month)
    if not 1 <= month <= 12:
        return {"error": "invalid month"}, 400
    sort = request.args.get("sort", "o.created_at")
    direction = request.args.get("dir", "asc")

    rows = fetch_report(year, month, sort, direction)
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["order_id", "created_at", "clinic", "sku", "product", "quantity", "total"])
    writer.writerows(rows)
    return Response(
        buf.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": f"attachment; filename=urns-{year}-{month:02d}.csv"},
    )
