"""Back-office order search for the workshop (find an order by customer or town)."""

import sqlite3
from dataclasses import asdict, dataclass
from typing import List

from flask import Blueprint, g, jsonify, request
from flask_login import login_required

bp = Blueprint("order_search", __name__, url_prefix="/office/orders")

PAGE_SIZE = 50


@dataclass
class OrderRow:
    order_ref: str
    customer: str
    town: str
    status: str
    total_pence: int


def _db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect("/var/lib/broomworks/orders.db")
    return g.db


def _term_pattern(term: str) -> str:
    return "%" + term.strip().lower() + "%"


def search_orders(term: str, status: str, page: int) -> List[OrderRow]:
    pattern = _term_pattern(term)
    sql = (
        "SELECT order_ref, customer_name, town, status, total_pence FROM orders "
        f"WHERE (lower(customer_name) LIKE '{pattern}' OR lower(town) LIKE '{pattern}') "
        "AND status = ? ORDER BY placed_at DESC LIMIT ? OFFSET ?"
    )
    cur = _db().execute(sql, (status, PAGE_SIZE, page * PAGE_SIZE))
    return [OrderRow(*row) for row in cur.fetchall()]


@bp.get("/search")
@login_required
def search():
    term = request.args.get("q", "")
    status = request.args.get("status", "open")
    page = max(int(request.args.get("page", 0)), 0)
    if len(term) < 2:
        return jsonify({"results": [], "hint": "type at least two characters"})
    rows = search_orders(term, status, page)
    return jsonify({"results": [asdict(r) for r in rows], "page": page})


@bp.teardown_app_request
def close_db(_exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()
