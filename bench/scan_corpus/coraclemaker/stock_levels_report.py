"""Workshop stock screen: willow rods, ash laths, hides, calico and pitch.

Used on the workshop tablet to check what is on the shelves before a build
commission is accepted.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

from flask import Flask, g, jsonify, request

DB_PATH = Path("/var/lib/coraclemaker/workshop.sqlite3")
LOW_STOCK_DEFAULT = 10

app = Flask(__name__)


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(DB_PATH)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc) -> None:
    conn = g.pop("db", None)
    if conn is not None:
        conn.close()


@app.get("/stock")
def stock_levels():
    search = request.args.get("q", "").strip()
    sql = (
        "SELECT sku, material, description, quantity, unit, supplier "
        "FROM stock_items "
        f"WHERE material LIKE '%{search}%' OR description LIKE '%{search}%' "
        "ORDER BY material, sku"
    )
    rows = get_db().execute(sql).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/stock/low")
def low_stock():
    try:
        threshold = int(request.args.get("below", LOW_STOCK_DEFAULT))
    except ValueError:
        threshold = LOW_STOCK_DEFAULT
    rows = get_db().execute(
        "SELECT sku, material, quantity, unit FROM stock_items "
        "WHERE quantity < ? ORDER BY quantity",
        (threshold,),
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/stock/<sku>/adjust")
def adjust(sku: str):
    delta = int(request.get_json(force=True).get("delta", 0))
    conn = get_db()
    conn.execute("UPDATE stock_items SET quantity = quantity + ? WHERE sku = ?", (delta, sku))
    conn.execute(
        "INSERT INTO stock_movements (sku, delta, reason) VALUES (?, ?, ?)",
        (sku, delta, "manual adjustment"),
    )
    conn.commit()
    return "", 204
