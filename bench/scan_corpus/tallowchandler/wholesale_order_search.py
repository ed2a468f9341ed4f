"""Search screen for the sales office to find wholesale orders by shop or chapel."""
import psycopg
from flask import Blueprint, jsonify, request
from psycopg.rows import dict_row

from tallow.config import settings

bp = Blueprint("order_search", __name__, url_prefix="/office/orders")

BASE_QUERY = """
    SELECT o.reference, o.placed_on, o.status, a.trading_name, o.total_pence
    FROM wholesale_orders o
    JOIN wholesale_accounts a ON a.id = o.account_id
"""


def _conditions(args) -> tuple[list[str], list]:
    clauses, params = [], []
    if args.get("status"):
        clauses.append("o.status = %s")
        params.append(args["status"])
    if args.get("since"):
        clauses.append("o.placed_on >= %s")
        params.append(args["since"])
    if args.get("customer"):
        needle = args["customer"].strip()
        clauses.append(f"a.trading_name ILIKE '%{needle}%'")
    return clauses, params


def search_orders(args) -> list[dict]:
    clauses, params = _conditions(args)
    sql = BASE_QUERY
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    sql += " ORDER BY o.placed_on DESC LIMIT 200"
    with psycopg.connect(settings.DATABASE_DSN, row_factory=dict_row) as conn:
        return conn.execute(sql, params).fetchall()


@bp.get("/search")
def search():
    rows = search_orders(request.args)
    return jsonify([
        {**row, "placed_on": row["placed_on"].isoformat(), "total": row["total_pence"] / 100}
        for row in rows
    ])
