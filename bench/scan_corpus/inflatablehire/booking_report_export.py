"""CSV export of bookings for the depot manager, with user-chosen sort and filters."""
from __future__ import annotations

import csv
import io
import sqlite3
from datetime import date

from flask import Blueprint, Response, abort, current_app, request

bp = Blueprint("booking_reports", __name__, url_prefix="/reports")

SORT_COLUMNS = {
    "date": "b.hire_date",
    "postcode": "b.delivery_postcode",
    "unit": "i.name",
    "value": "b.total_pence",
}
SORT_DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def build_query(sort_key: str, direction: str) -> str:
    order_column = SORT_COLUMNS.get(sort_key, SORT_COLUMNS["date"])
    order_dir = SORT_DIRECTIONS.get(direction.lower(), "ASC")
    return (
        "SELECT b.reference, c.name, i.name, b.hire_date, b.delivery_postcode, b.total_pence "
        "FROM bookings b JOIN customers c ON c.id = b.customer_id "
        "JOIN inflatables i ON i.id = b.inflatable_id "
        "WHERE b.hire_date BETWEEN ? AND ? AND b.depot = ? "
        f"ORDER BY {order_column} {order_dir}"
    )


@bp.get("/bookings.csv")
def bookings_csv() -> Response:
    try:
        start = date.fromisoformat(request.args["from"])
        end = date.fromisoformat(request.args["to"])
    except (KeyError, ValueError):
        abort(400)
    depot = request.args.get("depot", "main")
    sql = build_query(request.args.get("sort", "date"), request.args.get("dir", "asc"))
    conn = sqlite3.connect(current_app.config["BOOKINGS_DB"])
    try:
        rows = conn.execute(sql, (start.isoformat(), end.isoformat(), depot)).fetchall()
    finally:
        conn.close()
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["reference", "customer", "unit", "hire_date", "postcode", "total_gbp"])
    for ref, customer, unit, hire_date, postcode, pence in rows:
        writer.writerow([ref, customer, unit, hire_date, postcode, f"{pence / 100:.2f}"])
    return Response(
        out.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": f"attachment; filename=bookings_{start}_{end}.csv"},
    )
