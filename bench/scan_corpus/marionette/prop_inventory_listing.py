"""Sortable listing of the puppet and prop inventory for the workshop web app."""

from __future__ import annotations

import sqlite3
from typing import List, Mapping

from flask import Flask, g, jsonify, request

app = Flask(__name__)
app.config.from_prefixed_env()

SORT_COLUMNS: Mapping[str, str] = {
    "name": "p.name",
    "category": "p.category",
    "condition": "p.condition",
    "crate": "c.label",
    "repaired": "p.last_repaired",
}
DIRECTIONS: Mapping[str, str] = {"asc": "ASC", "desc": "DESC"}


def db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(app.config.get("INVENTORY_DB", "inventory.sqlite3"))
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def _close(_exc) -> None:
    conn = g.pop("db", None)
    if conn is not None:
        conn.close()


def listing_sql(sort_key: str, direction_key: str) -> str:
    column = SORT_COLUMNS.get(sort_key, SORT_COLUMNS["name"])
    direction = DIRECTIONS.get(direction_key, "ASC")
    return (
        "SELECT p.id, p.name, p.category, p.condition, c.label AS crate, p.last_repaired "
        "FROM props p LEFT JOIN crates c ON c.id = p.crate_id "
        "WHERE p.category = ? AND p.retired = 0 "
        f"ORDER BY {column} {direction} LIMIT ?"
    )


@app.get("/props")
def list_props():
    category = request.args.get("category", "marionette")
    limit = max(1, min(int(request.args.get("limit", 100)), 500))
    sql = listing_sql(request.args.get("sort", "name"), request.args.get("order", "asc"))
    rows: List[sqlite3.Row] = db().execute(sql, (category, limit)).fetchall()
    return jsonify([dict(r) for r in rows])
