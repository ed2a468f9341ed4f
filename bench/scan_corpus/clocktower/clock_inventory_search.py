"""Search view over the clock inventory.

The inventory lists every turret, church and public clock on our books:
maker, movement type, installation year, and the parish or council that
owns it.
"""
from __future__ import annotations

import sqlite3

from flask import Blueprint, current_app, g, jsonify, request

bp = Blueprint("inventory", __name__, url_prefix="/inventory")

PAGE_SIZE = 50


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["INVENTORY_DB"])
        g.db.row_factory = sqlite3.Row
    return g.db


@bp.teardown_app_request
def close_db(exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


def _row_to_dict(row: sqlite3.Row) -> dict:
    return {
        "id": row["id"],
        "name": row["name"],
        "maker": row["maker"],
        "movement": row["movement"],
        "installed": row["installed_year"],
        "location": row["location"],
    }


@bp.get("/search")
def search_clocks():
    location = request.args.get("location", "").strip()
    maker = request.args.get("maker", "").strip()
    page = max(request.args.get("page", 1, type=int), 1)
    sql = (
        "SELECT id, name, maker, movement, installed_year, location FROM clocks "
        f"WHERE location LIKE '%{location}%'"
    )
    params: list = []
    if maker:
        sql += " AND maker = ?"
        params.append(maker)
    sql += " ORDER BY name LIMIT ? OFFSET ?"
    params.extend([PAGE_SIZE, (page - 1) * PAGE_SIZE])
    rows = get_db().execute(sql, params).fetchall()
    return jsonify({"page": page, "results": [_row_to_dict(r) for r in rows]})


@bp.get("/<int:clock_id>")
def clock_detail(clock_id: int):
    row = get_db().execute(
        "SELECT id, name, maker, movement, installed_year, location FROM clocks WHERE id = ?",
        (clock_id,),
    ).fetchone()
    if row is None:
        return jsonify({"error": "not found"}), 404
    return jsonify(_row_to_dict(row))
