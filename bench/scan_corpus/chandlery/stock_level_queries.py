"""Stock-level lookups and low-stock alerts for the counter and the buyer.

Answers "have you got 10 mm dyneema in stock?" at the counter and builds the
buyer's reorder list from items below their reorder point.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from flask import Blueprint, current_app, g, jsonify, request

bp = Blueprint("stock_levels", __name__, url_prefix="/stock-levels")


@dataclass
class StockLevel:
    sku: str
    description: str
    on_hand: int
    reorder_point: int
    bin_location: str


def get_db() -> sqlite3.Connection:
    if "stock_db" not in g:
        g.stock_db = sqlite3.connect(current_app.config["STOCK_DB_PATH"])
    return g.stock_db


def find_levels(text: str, department: str | None = None, limit: int = 50) -> list[StockLevel]:
    sql = (
        "SELECT sku, description, on_hand, reorder_point, bin_location "
        "FROM stock_items WHERE description LIKE ? ESCAPE '\\'"
    )
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    params: list = [f"%{escaped}%"]
    if department:
        sql += " AND department = ?"
        params.append(department)
    sql += " ORDER BY description LIMIT ?"
    params.append(limit)
    rows = get_db().execute(sql, params).fetchall()
    return [StockLevel(*row) for row in rows]


def below_reorder_point(supplier_code: str) -> list[StockLevel]:
    rows = get_db().execute(
        "SELECT sku, description, on_hand, reorder_point, bin_location "
        "FROM stock_items WHERE supplier_code = ? AND on_hand < reorder_point "
        "ORDER BY bin_location",
        (supplier_code,),
    ).fetchall()
    return [StockLevel(*row) for row in rows]


@bp.get("/")
def stock_levels():
    text = request.args.get("q", "").strip()
    if not text:
        return jsonify(error="q is required"), 400
    levels = find_levels(text, request.args.get("department"))
    return jsonify(items=[level.__dict__ for level in levels])


@bp.get("/reorder/<supplier_code>")
def reorder_list(supplier_code: str):
    return jsonify(items=[level.__dict__ for level in below_reorder_point(supplier_code)])
