"""Bulk status lookup for dealers checking several custom orders at once."""
from __future__ import annotations

import sqlite3

from flask import Blueprint, abort, current_app, g, jsonify, request

from fletcher.dealers.auth import dealer_required

bp = Blueprint("bulk_status", __name__, url_prefix="/dealer/orders")

MAX_ORDERS_PER_LOOKUP = 100


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(current_app.config["SHOP_DB_PATH"])
    conn.row_factory = sqlite3.Row
    return conn


def order_statuses(dealer_id: int, numbers: list[str]) -> list[dict]:
    placeholders = ", ".join("?" for _ in numbers)
    sql = f"SELECT number, status, promised_date, tracking_no FROM arrow_orders WHERE dealer_id = ? AND number IN ({placeholders})"
    with _connect() as conn:
        rows = conn.execute(sql, [dealer_id, *numbers]).fetchall()
    return [dict(r) for r in rows]


@bp.post("/status")
@dealer_required
def bulk_status():
    numbers = [str(n).strip() for n in (request.get_json(silent=True) or {}).get("orders", []) if str(n).strip()]
    if not numbers:
        abort(400, "no order numbers supplied")
    if len(numbers) > MAX_ORDERS_PER_LOOKUP:
        abort(400, f"at most {MAX_ORDERS_PER_LOOKUP} orders per lookup")
    found = order_statuses(g.dealer.id, numbers)
    missing = sorted(set(numbers) - {row["number"] for row in found})
    return jsonify({"orders": found, "not_found": missing})
