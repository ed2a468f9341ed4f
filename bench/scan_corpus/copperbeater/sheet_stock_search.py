"""Stock search for the trade counter: find copper sheet by alloy and description."""
from __future__ import annotations

import sqlite3

from flask import Blueprint, g, jsonify, request

bp = Blueprint("stock", __name__, url_prefix="/stock")

DB_PATH = "/var/lib/copperbeater/stock.db"
PAGE_SIZE = 50


def get_db() -> sqlite3.Connection:
    if "stock_db" not in g:
        g.stock_db = sqlite3.connect(DB_PATH)
        g.stock_db.row_factory = sqlite3.Row
    return g.stock_db


def _search(term: str, alloy: str | None, page: int) -> list[dict]:
    sql = (
        "SELECT sku, alloy, temper, gauge_mm, width_mm, length_mm, qty "
        f"FROM sheet_stock WHERE description LIKE '%{term}%'"
    )
    params: list = []
    if alloy:
        sql += " AND alloy = ?"
        params.append(alloy)
    sql += " ORDER BY gauge_mm, sku LIMIT ? OFFSET ?"
    params.extend([PAGE_SIZE, PAGE_SIZE * page])
    return [dict(r) for r in get_db().execute(sql, params).fetchall()]


@bp.get("/search")
def search():
    term = request.args.get("q", "").strip()
    alloy = request.args.get("alloy") or None
    page = max(0, request.args.get("page", 0, type=int))
    if len(term) < 2:
        return jsonify({"error": "search term too short"}), 400
    results = _search(term, alloy, page)
    return jsonify({"page": page, "results": results, "more": len(results) == PAGE_SIZE})


@bp.get("/<sku>")
def item(sku: str):
    row = get_db().execute(
        "SELECT sku, alloy, temper, gauge_mm, width_mm, length_mm, qty, description "
        "FROM sheet_stock WHERE sku = ?",
        (sku,),
    ).fetchone()
    if row is None:
        return jsonify({"error": "not found"}), 404
    return jsonify(dict(row))
