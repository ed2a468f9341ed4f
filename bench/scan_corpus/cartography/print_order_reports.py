"""Sales reports for the print-on-demand map shop back office.

Staff can list orders filtered by status and date, sorted by any of a few
columns chosen in the report UI.
"""
from __future__ import annotations

import os
from datetime import date

import psycopg
from flask import Blueprint, abort, jsonify, request
from flask_login import login_required
from psycopg.rows import dict_row

bp = Blueprint("order_reports", __name__, url_prefix="/backoffice/reports")

SORT_COLUMNS = {
    "placed": "o.placed_at",
    "total": "o.total_cents",
    "sku": "o.sku",
    "status": "o.fulfilment_status",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def _order_by(sort_key: str, direction: str) -> str:
    column = SORT_COLUMNS.get(sort_key)
    if column is None:
        abort(400, "unknown sort column")
    return f"ORDER BY {column} {DIRECTIONS.get(direction, 'DESC')}"


@bp.get("/orders")
@login_required
def orders_report():
    try:
        start = date.fromisoformat(request.args.get("from", "2000-01-01"))
        end = date.fromisoformat(request.args.get("to", date.today().isoformat()))
    except ValueError:
        abort(400, "bad date")
    status = request.args.get("status")
    order_clause = _order_by(request.args.get("sort", "placed"), request.args.get("dir", "desc"))

    sql = (
        "SELECT o.reference, o.sku, o.quantity, o.total_cents, o.fulfilment_status, o.placed_at"
        " FROM print_orders o WHERE o.placed_at::date BETWEEN %s AND %s"
    )
    params: list = [start, end]
    if status:
        sql += " AND o.fulfilment_status = %s"
        params.append(status)
    sql += f" {order_clause} LIMIT 500"

    with psycopg.connect(os.environ["SHOP_DSN"], row_factory=dict_row) as conn:
        rows = conn.execute(sql, params).fetchall()
    for row in rows:
        row["placed_at"] = row["placed_at"].isoformat()
    return jsonify(rows)
