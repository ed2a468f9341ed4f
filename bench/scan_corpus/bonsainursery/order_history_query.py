"""Order history page of the online shop, with sortable columns.

The customer can sort by date, total or status and page through results.
The sort column cannot be a bound parameter, so it is taken from a fixed map.
"""
from __future__ import annotations

import sqlite3

from flask import Flask, abort, g, jsonify, request

app = Flask(__name__)
DB_PATH = "/var/lib/bonsainursery/shop.db"
PAGE_SIZE = 20

SORT_COLUMNS = {
    "date": "o.placed_at",
    "total": "o.total_cents",
    "status": "o.status",
}
SORT_DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(DB_PATH)
        g.db.row_factory = sqlite3.Row
    return g.db


def order_history(customer_id: int, sort: str, direction: str, page: int) -> list[dict]:
    column = SORT_COLUMNS.get(sort, SORT_COLUMNS["date"])
    order = SORT_DIRECTIONS.get(direction, "DESC")
    sql = (
        "SELECT o.ref, o.placed_at, o.status, o.total_cents, COUNT(l.id) AS items "
        "FROM orders o LEFT JOIN order_lines l ON l.order_id = o.id "
        "WHERE o.customer_id = ? "
        f"GROUP BY o.id ORDER BY {column} {order} LIMIT ? OFFSET ?"
    )
    rows = get_db().execute(sql, (customer_id, PAGE_SIZE, (page - 1) * PAGE_SIZE))
    return [dict(r) for r in rows]


@app.teardown_appcontext
def close_db(_exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


@app.get("/shop/account/orders")
def orders_page():
    customer_id = g.get("customer_id")
    if customer_id is None:
        abort(401)
    page = max(1, request.args.get("page", default=1, type=int))
    sort = request.args.get("sort", "date")
    direction = request.args.get("dir", "desc")
    return jsonify(order_history(customer_id, sort, direction, page))
