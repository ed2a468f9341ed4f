"""Leather stock report for the workshop manager."""

from __future__ import annotations

import sqlite3
from contextlib import closing

from flask import Flask, g, jsonify, request

app = Flask(__name__)
app.config["STOCK_DB"] = "/var/lib/saddlery/stock.db"

SORTABLE = {"grade": "grade", "area": "area_sqft", "received": "received_on"}


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(app.config["STOCK_DB"])
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


def build_query(tannage: str, order_by: str) -> str:
    column = SORTABLE.get(order_by, "received_on")
    return (
        "SELECT hide_id, tannage, colour, grade, area_sqft, received_on "
        f"FROM hides WHERE tannage = '{tannage}' AND reserved = 0 "
        f"ORDER BY {column} DESC"
    )


@app.get("/stock/hides")
def hides_in_stock():
    tannage = request.args.get("tannage", "veg")
    order_by = request.args.get("sort", "received")
    with closing(get_db().cursor()) as cur:
        cur.execute(build_query(tannage, order_by))
        rows = [dict(r) for r in cur.fetchall()]
    total = sum(r["area_sqft"] for r in rows)
    return jsonify({"tannage": tannage, "hides": rows, "total_sqft": round(total, 1)})


@app.get("/stock/hides/<int:hide_id>")
def hide_detail(hide_id: int):
    row = get_db().execute(
        "SELECT * FROM hides WHERE hide_id = ?", (hide_id,)
    ).fetchone()
    if row is None:
        return jsonify({"error": "unknown hide"}), 404
    return jsonify(dict(row))
