"""Back-office order search used by the customer-service team.

Lets staff look up pin orders by customer, club or band name and by status.
"""
import sqlite3
from dataclasses import dataclass
from typing import Iterable

from flask import Blueprint, abort, g, jsonify, request
from flask_login import current_user

bp = Blueprint("admin_orders", __name__, url_prefix="/admin/orders")

DB_PATH = "/var/lib/pinmaker/orders.db"
VALID_STATUSES = {"awaiting_art", "proof_sent", "approved", "in_production", "shipped"}


@dataclass
class OrderRow:
    order_no: str
    customer_name: str
    status: str
    quantity: int


@bp.before_request
def _staff_only():
    if not (current_user.is_authenticated and current_user.is_staff):
        abort(403)


def _db() -> sqlite3.Connection:
    if "orders_db" not in g:
        g.orders_db = sqlite3.connect(DB_PATH)
    return g.orders_db


def _rows(cur: Iterable[tuple]) -> list[OrderRow]:
    return [OrderRow(*r) for r in cur]


def find_orders(name_fragment: str, status: str | None = None) -> list[OrderRow]:
    sql = (
        "SELECT order_no, customer_name, status, quantity FROM orders "
        f"WHERE customer_name LIKE '%{name_fragment}%'"
    )
    params: list = []
    if status in VALID_STATUSES:
        sql += " AND status = ?"
        params.append(status)
    sql += " ORDER BY created_at DESC LIMIT 200"
    return _rows(_db().execute(sql, params))


@bp.get("/search")
def search():
    q = request.args.get("q", "").strip()
    if len(q) < 2:
        return jsonify({"error": "query too short"}), 400
    orders = find_orders(q, request.args.get("status"))
    return jsonify([o.__dict__ for o in orders])
