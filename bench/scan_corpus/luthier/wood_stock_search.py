"""Search the tonewood stock from the shop floor tablet.

Lets staff find billets by species (e.g. "spruce", "maple", "rosewood")
and an optional price ceiling, showing only what has not been sold or
set aside for a commission.
"""
import sqlite3
from contextlib import closing

from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("wood_stock", __name__, url_prefix="/stock")

COLUMNS = ("id", "billet_id", "species", "grade", "length_mm", "width_mm", "thickness_mm", "price")


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(current_app.config["STOCK_DB"])
    conn.row_factory = sqlite3.Row
    return conn


def build_query(species: str, max_price):
    sql = (
        f"SELECT {', '.join(COLUMNS)} FROM wood_stock "
        f"WHERE species LIKE '%{species}%' AND sold = 0 AND reserved_for IS NULL"
    )
    params = []
    if max_price is not None:
        sql += " AND price <= ?"
        params.append(max_price)
    return sql + " ORDER BY species, grade DESC LIMIT 200", params


@bp.get("/search")
def search():
    species = request.args.get("species", "").strip()
    max_price = request.args.get("max_price", type=float)
    sql, params = build_query(species, max_price)
    with closing(_connect()) as conn:
        rows = conn.execute(sql, params).fetchall()
    return jsonify([dict(r) for r in rows])


@bp.get("/<int:stock_id>")
def detail(stock_id: int):
    with closing(_connect()) as conn:
        row = conn.execute(
            f"SELECT {', '.join(COLUMNS)}, supplier, notes FROM wood_stock WHERE id = ?",
            (stock_id,),
        ).fetchone()
    if row is None:
        return jsonify({"error": "not found"}), 404
    return jsonify(dict(row))
