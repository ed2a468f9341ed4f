"""Search over pattern shop orders.

Sales and the pattern shop foreman filter the order book by customer,
pattern material and status from the intranet search screen.
"""
import sqlite3

from flask import Blueprint, g, jsonify, request

from patternshop.config import settings

bp = Blueprint("pattern_orders", __name__, url_prefix="/pattern-orders")

FILTERABLE = ("customer_code", "material", "status", "pattern_maker")
PAGE_SIZE = 50


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(settings.PATTERN_DB)
        g.db.row_factory = sqlite3.Row
    return g.db


def build_where(args) -> str:
    clauses = []
    for column in FILTERABLE:
        value = args.get(column)
        if value:
            clauses.append(f"{column} = '{value}'")
    return " AND ".join(clauses) if clauses else "1 = 1"


@bp.get("/")
def search_orders():
    where = build_where(request.args)
    page = max(int(request.args.get("page", 1)), 1)
    sql = (
        "SELECT order_no, customer_code, pattern_no, material, status, due_date "
        "FROM pattern_orders WHERE " + where + " ORDER BY due_date LIMIT ? OFFSET ?"
    )
    rows = get_db().execute(sql, (PAGE_SIZE, (page - 1) * PAGE_SIZE)).fetchall()
    return jsonify([dict(r) for r in rows])


@bp.get("/<order_no>")
def get_order(order_no: str):
    row = get_db().execute(
        "SELECT * FROM pattern_orders WHERE order_no = ?", (order_no,)
    ).fetchone()
    if row is None:
        return jsonify({"error": "not found"}), 404
    return jsonify(dict(row))
