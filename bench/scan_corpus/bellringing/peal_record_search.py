"""Search view for the guild's historical peal records.

Members can search by method name, tower and year range; results are shown
on the peal records page of the guild website.
"""
from __future__ import annotations

import sqlite3

from flask import Flask, g, jsonify, request

app = Flask(__name__)
app.config["PEAL_DB"] = "peals.sqlite3"

PAGE_SIZE = 50


def get_db() -> sqlite3.Connection:
    if "peal_db" not in g:
        g.peal_db = sqlite3.connect(app.config["PEAL_DB"])
        g.peal_db.row_factory = sqlite3.Row
    return g.peal_db


@app.teardown_appcontext
def _close(_exc) -> None:
    conn = g.pop("peal_db", None)
    if conn is not None:
        conn.close()


def _year_bounds() -> tuple[int, int]:
    try:
        lo = int(request.args.get("from", 1700))
        hi = int(request.args.get("to", 2100))
    except ValueError:
        lo, hi = 1700, 2100
    return lo, hi


@app.get("/peals/search")
def search_peals():
    method = request.args.get("method", "").strip()
    page = max(int(request.args.get("page", 1)), 1)
    lo, hi = _year_bounds()
    sql = (
        "SELECT peal_id, rung_on, tower, changes, method, conductor FROM peals "
        f"WHERE method LIKE '%{method}%' "
        "AND CAST(strftime('%Y', rung_on) AS INTEGER) BETWEEN ? AND ? "
        "ORDER BY rung_on DESC LIMIT ? OFFSET ?"
    )
    rows = get_db().execute(sql, (lo, hi, PAGE_SIZE, (page - 1) * PAGE_SIZE)).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/peals/<int:peal_id>")
def peal_detail(peal_id: int):
    row = get_db().execute(
        "SELECT * FROM peals WHERE peal_id = ?", (peal_id,)
    ).fetchone()
    if row is None:
        return jsonify({"error": "not found"}), 404
    ringers = get_db().execute(
        "SELECT bell, ringer_name FROM peal_ringers WHERE peal_id = ? ORDER BY bell",
        (peal_id,),
    ).fetchall()
    return jsonify({"peal": dict(row), "band": [dict(r) for r in ringers]})
