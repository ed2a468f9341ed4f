"""Purchase-order listing for the procurement screen, with sortable columns."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date

from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("supplier_orders", __name__, url_prefix="/procurement/orders")

SORT_COLUMNS = {
    "delivery": "o.delivery_date",
    "supplier": "s.name",
    "total": "o.total_pence",
    "status": "o.status",
}
STATUSES = {"draft", "sent", "confirmed", "delivered", "cancelled"}


@dataclass
class OrderFilter:
    supplier: str | None = None
    status: str | None = None
    since: date | None = None


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(current_app.config["PROCUREMENT_DB"])
    conn.row_factory = sqlite3.Row
    return conn


def list_orders(flt: OrderFilter, sort_key: str, descending: bool) -> list[dict]:
    order_column = SORT_COLUMNS.get(sort_key, SORT_COLUMNS["delivery"])
    direction = "DESC" if descending else "ASC"
    clauses = ["1 = 1"]
    params: list = []
    if flt.supplier:
        clauses.append("s.name LIKE ?")
        params.append(f"%{flt.supplier}%")
    if flt.status:
        clauses.append("o.status = ?")
        params.append(flt.status)
    if flt.since:
        clauses.append("o.delivery_date >= ?")
        params.append(flt.since.isoformat())
    sql = (
        "SELECT o.id, o.reference, s.name AS supplier, o.delivery_date, o.total_pence, o.status "
        "FROM purchase_orders o JOIN suppliers s ON s.id = o.supplier_id "
        f"WHERE {' AND '.join(clauses)} ORDER BY {order_column} {direction} LIMIT 500"
    )
    with _connect() as conn:
        return [dict(r) for r in conn.execute(sql, params).fetchall()]


@bp.get("")
def orders():
    status = request.args.get("status")
    if status is not None and status not in STATUSES:
        return jsonify(error="unknown status"), 400
    since_arg = request.args.get("since")
    try:
        since = date.fromisoformat(since_arg) if since_arg else None
    except ValueError:
        return jsonify(error="since must be YYYY-MM-DD"), 400
    flt = OrderFilter(request.args.get("supplier") or None, status, since)
    rows = list_orders(flt, request.args.get("sort", "delivery"), request.args.get("dir") == "desc")
    return jsonify(orders=rows)
