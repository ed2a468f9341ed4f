"""Order lookup for the trade counter: by customer, mix type and due date."""
from __future__ import annotations

import sqlite3
from datetime import date

from flask import Flask, g, jsonify, request

app = Flask(__name__)
app.config["ORDERS_DB"] = "/var/lib/limekiln/orders.sqlite3"


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


@app.get("/counter/orders")
def find_orders():
    customer = request.args.get("customer", "")
    mix = request.args.get("mix")
    due_before = request.args.get("due_before")

    clauses = ["customer LIKE ? ESCAPE '\\'"]
    escaped = customer.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    params: list = [f"%{escaped}%"]
    if mix:
        clauses.append("mix_type = ?")
        params.append(mix)
    if due_before:
        try:
            params.append(date.fromisoformat(due_before).isoformat())
        except ValueError:
            return jsonify(error="due_before must be YYYY-MM-DD"), 400
        clauses.append("due_date < ?")

    sql = (
        "SELECT id, order_ref, customer, mix_type, tonnes, due_date FROM mortar_orders WHERE "
        + " AND ".join(clauses)
        + " ORDER BY due_date LIMIT 200"
    )
    rows = get_db().execute(sql, params).fetchall()
    return jsonify([dict(r) for r in rows])
