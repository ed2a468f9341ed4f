"""Counter staff search over open engraving orders."""
import sqlite3
from contextlib import closing

from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("order_search", __name__)

OPEN_STATES = ("received", "proofing", "queued", "engraving", "ready")
PAGE_SIZE = 25


def get_db() -> sqlite3.Connection:
    conn = sqlite3.connect(current_app.config["ORDERS_DB"])
    conn.row_factory = sqlite3.Row
    return conn


def _state_filter() -> tuple[str, tuple]:
    marks = ",".join("?" * len(OPEN_STATES))
    return f"o.status IN ({marks})", OPEN_STATES


def search_orders(term: str, page: int = 0) -> list[dict]:
    state_sql, state_args = _state_filter()
    sql = (
        "SELECT o.id, o.item_type, o.status, c.name AS customer, o.due_date "
        "FROM orders o JOIN customers c ON c.id = o.customer_id "
        f"WHERE {state_sql} AND (c.name LIKE '%{term}%' OR o.engraving_text LIKE '%{term}%') "
        "ORDER BY o.due_date LIMIT ? OFFSET ?"
    )
    with closing(get_db()) as conn:
        rows = conn.execute(sql, (*state_args, PAGE_SIZE, page * PAGE_SIZE)).fetchall()
    return [dict(r) for r in rows]


@bp.get("/orders/search")
def search():
    term = request.args.get("q", "").strip()
    try:
        page = max(int(request.args.get("page", 0)), 0)
    except ValueError:
        page = 0
    if len(term) < 2:
        return jsonify(results=[], page=page)
    return jsonify(results=search_orders(term, page), page=page)
