"""Search screen for mortar mix orders in the yard office."""
from __future__ import annotations

import sqlite3

from flask import Flask, g, jsonify, request

app = Flask(__name__)
app.config["ORDERS_DB"] = "/var/lib/limekiln/orders.sqlite3"

MIX_TYPES = {"NHL2", "NHL3.5", "NHL5", "putty", "hot-mixed"}


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(app.config["ORDERS_DB"])
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


@app.get("/orders/search")
def search_orders():
    customer = request.args.get("customer", "")
    mix = request.args.get("mix")
    if mix and mix not in MIX_TYPES:
        return jsonify(error="unknown mix type"), 400
    sql = (
        "SELECT id, order_ref, customer, mix_type, tonnes, due_date FROM mortar_orders "
        f"WHERE customer LIKE '%{customer}%'"
    )
    params: list = []
    if mix:
        sql += " AND mix_type = ?"
        params.append(mix)
    sql += " ORDER BY due_date LIMIT 200"
    rows = get_db().execute(sql, params).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/orders/<int:order_id>")
def order_detail(order_id: int):
    row = get_db().execute(
        "SELECT * FROM mortar_orders WHERE id = ?", (order_id,)
    ).fetchone()
    if row is None:
        return jsonify(error="not found"), 404
    return jsonify(dict(row))
