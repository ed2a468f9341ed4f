"""Counter and web-shop stock search.

Staff at the counter and customers on the web shop search the catalogue by
free text (shackle sizes, rope diameters, antifouling brands) and filter by
department.
"""
from __future__ import annotations

import sqlite3

from flask import Blueprint, current_app, g, jsonify, request

bp = Blueprint("stock_search", __name__, url_prefix="/stock")

DEPARTMENTS = {"rope", "deck-hardware", "paint", "electrics", "safety", "plumbing"}
PAGE_SIZE = 25


def get_db() -> sqlite3.Connection:
    if "stock_db" not in g:
        g.stock_db = sqlite3.connect(current_app.config["STOCK_DB_PATH"])
        g.stock_db.row_factory = sqlite3.Row
    return g.stock_db


def _row_to_item(row: sqlite3.Row) -> dict:
    return {
        "sku": row["sku"],
        "description": row["description"],
        "department": row["department"],
        "price_minor": row["price_minor"],
        "on_hand": row["on_hand"],
        "bin": row["bin_location"],
    }


@bp.get("/search")
def search_stock():
    text = request.args.get("q", "").strip()
    department = request.args.get("department")
    page = max(int(request.args.get("page", 1)), 1)

    if department and department not in DEPARTMENTS:
        return jsonify(error="unknown department"), 400

    sql = (
        "SELECT sku, description, department, price_minor, on_hand, bin_location "
        f"FROM stock_items WHERE description LIKE '%{text}%'"
    )
    params: list = []
    if department:
        sql += " AND department = ?"
        params.append(department)
    sql += " ORDER BY description LIMIT ? OFFSET ?"
    params.extend([PAGE_SIZE, (page - 1) * PAGE_SIZE])

    rows = get_db().execute(sql, params).fetchall()
    return jsonify(page=page, items=[_row_to_item(r) for r in rows])


@bp.get("/<sku>")
def stock_item(sku: str):
    row = get_db().execute(
        "SELECT sku, description, department, price_minor, on_hand, bin_location "
        "FROM stock_items WHERE sku = ?",
        (sku,),
    ).fetchone()
    if row is None:
        return jsonify(error="not found"), 404
    return jsonify(_row_to_item(row))
