"""Back-room stock search used by the intake volunteers' tablets.

Searches the shop's local SQLite stock database for donated items waiting to
be priced, steamed or put out on the shop floor.
"""
import os
import sqlite3

from flask import Flask, g, jsonify, request

app = Flask(__name__)
STOCK_DB = os.environ.get("STOCK_DB_PATH", "/var/lib/thriftstore/stock.sqlite3")

STATES = ("received", "sorted", "priced", "on_floor", "ragged")
PAGE_SIZE = 50


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(STOCK_DB)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


@app.get("/stock/search")
def search_stock():
    category = request.args.get("category", "")
    state = request.args.get("state", "received")
    if state not in STATES:
        return jsonify(error="unknown state"), 400
    page = max(int(request.args.get("page", 1)), 1)

    query = (
        "SELECT id, bag_ref, category, description, received_at, state "
        f"FROM donated_items WHERE state = ? AND category LIKE '%{category}%' "
        "ORDER BY received_at LIMIT ? OFFSET ?"
    )
    rows = get_db().execute(query, (state, PAGE_SIZE, (page - 1) * PAGE_SIZE)).fetchall()
    return jsonify(items=[dict(r) for r in rows], page=page)


@app.get("/stock/<int:item_id>")
def stock_item(item_id: int):
    row = get_db().execute(
        "SELECT id, bag_ref, category, description, received_at, state, price_pence "
        "FROM donated_items WHERE id = ?",
        (item_id,),
    ).fetchone()
    if row is None:
        return jsonify(error="not found"), 404
    return jsonify(dict(row))
