"""Order search for the farm shop back office."""
import sqlite3
from contextlib import closing

from flask import Blueprint, g, jsonify, request

from cheesewright.settings import SHOP_DB_PATH

bp = Blueprint("shop_orders", __name__, url_prefix="/backoffice/orders")

PAGE_SIZE = 50


def get_db() -> sqlite3.Connection:
    if "shop_db" not in g:
        g.shop_db = sqlite3.connect(SHOP_DB_PATH)
        g.shop_db.row_factory = sqlite3.Row
    return g.shop_db


def _customer_clause(term: str) -> str:
    pattern = f"%{term.strip()}%"
    return f"(customer_name LIKE '{pattern}' OR customer_email LIKE '{pattern}')"


@bp.get("/search")
def search_orders():
    term = request.args.get("q", "")
    status = request.args.get("status", "open")
    page = max(int(request.args.get("page", 1)), 1)
    where = ["status = ?"]
    params = [status]
    if term:
        where.append(_customer_clause(term))
    sql = (
        "SELECT order_number, customer_name, collection_date, total_pence, status "
        "FROM shop_orders WHERE " + " AND ".join(where) +
        " ORDER BY collection_date DESC LIMIT ? OFFSET ?"
    )
    params.extend([PAGE_SIZE, (page - 1) * PAGE_SIZE])
    with closing(get_db().execute(sql, params)) as cursor:
        rows = [dict(row) for row in cursor.fetchall()]
    return jsonify(results=rows, page=page)
