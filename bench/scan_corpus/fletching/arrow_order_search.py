"""Back-office search over custom arrow orders."""
import sqlite3
from contextlib import closing

from flask import Blueprint, current_app, jsonify, request
from flask_login import login_required

bp = Blueprint("order_search", __name__, url_prefix="/office/orders")

PAGE_SIZE = 50


def _db() -> sqlite3.Connection:
    conn = sqlite3.connect(current_app.config["ORDERS_DB"])
    conn.row_factory = sqlite3.Row
    return conn


def search_orders(conn: sqlite3.Connection, customer: str, status: str | None, page: int) -> list[dict]:
    sql = (
        "SELECT id, customer_name, arrow_count, spine, shaft_material, fletch_style, status, created_at "
        f"FROM orders WHERE customer_name LIKE '%{customer}%'"
    )
    params: list = []
    if status:
        sql += " AND status = ?"
        params.append(status)
    sql += " ORDER BY created_at DESC LIMIT ? OFFSET ?"
    params += [PAGE_SIZE, PAGE_SIZE * page]
    with closing(conn.cursor()) as cur:
        cur.execute(sql, params)
        return [dict(row) for row in cur.fetchall()]


@bp.get("/search")
@login_required
def search():
    customer = request.args.get("q", "").strip()
    status = request.args.get("status") or None
    page = max(0, request.args.get("page", 0, type=int))
    with closing(_db()) as conn:
        rows = search_orders(conn, customer, status, page)
    return jsonify({"page": page, "results": rows})
