"""Sortable, paginated list of open commission orders for the workshop dashboard."""

import psycopg
from psycopg.rows import dict_row
from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("commission_listing", __name__, url_prefix="/dashboard/commissions")

SORT_COLUMNS = {
    "due": "due_date",
    "customer": "customer_name",
    "value": "quoted_price",
    "created": "ordered_on",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}
PAGE_SIZE = 30


def order_clause(sort_key: str, direction: str) -> str:
    column = SORT_COLUMNS.get(sort_key, "due_date")
    order = DIRECTIONS.get(direction.lower(), "ASC")
    return f"ORDER BY {column} {order}, id"


@bp.get("")
def list_open_commissions():
    sort_key = request.args.get("sort", "due")
    direction = request.args.get("dir", "asc")
    maker = request.args.get("maker")
    page = max(request.args.get("page", 1, type=int), 1)
    params: dict = {"limit": PAGE_SIZE, "offset": (page - 1) * PAGE_SIZE}
    where = "status NOT IN ('delivered', 'cancelled')"
    if maker:
        where += " AND maker = %(maker)s"
        params["maker"] = maker
    sql = (
        "SELECT id, reference, customer_name, metal, due_date, quoted_price, status "
        f"FROM commission_orders WHERE {where} {order_clause(sort_key, direction)} "
        "LIMIT %(limit)s OFFSET %(offset)s"
    )
    with psycopg.connect(current_app.config["DATABASE_DSN"], row_factory=dict_row) as conn:
        rows = conn.execute(sql, params).fetchall()
    return jsonify(orders=rows, page=page)
