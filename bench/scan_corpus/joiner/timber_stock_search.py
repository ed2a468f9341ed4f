"""Timber stock lookup for the workshop floor and the estimating team.

Estimators search unallocated boards by species and minimum size before
pricing a staircase; the results show which rack each board is on.
"""
import os
import sqlite3

from flask import Flask, g, jsonify, request

app = Flask(__name__)
STOCK_DB = os.environ.get("TIMBER_STOCK_DB", "/srv/joinery/stock.sqlite3")

COLUMNS = (
    "board_id", "species", "grade", "thickness_mm",
    "width_mm", "length_mm", "rack", "moisture_pct",
)


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(STOCK_DB)
    return g.db


@app.teardown_appcontext
def close_db(_exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


def _search(term: str, min_length: int | None, min_thickness: int | None) -> list[dict]:
    sql = (
        "SELECT " + ", ".join(COLUMNS) + " FROM boards "
        "WHERE allocated_job IS NULL AND species LIKE '%" + term + "%'"
    )
    params: list[int] = []
    if min_length:
        sql += " AND length_mm >= ?"
        params.append(min_length)
    if min_thickness:
        sql += " AND thickness_mm >= ?"
        params.append(min_thickness)
    sql += " ORDER BY species, length_mm DESC LIMIT 200"
    rows = get_db().execute(sql, params).fetchall()
    return [dict(zip(COLUMNS, row)) for row in rows]


@app.get("/stock/boards")
def boards():
    term = request.args.get("species", "").strip()
    min_length = request.args.get("min_length", type=int)
    min_thickness = request.args.get("min_thickness", type=int)
    return jsonify(_search(term, min_length, min_thickness))


@app.get("/stock/species")
def species():
    rows = get_db().execute(
        "SELECT species, COUNT(*) FROM boards WHERE allocated_job IS NULL "
        "GROUP BY species ORDER BY species"
    ).fetchall()
    return jsonify([{"species": s, "boards": n} for s, n in rows])
