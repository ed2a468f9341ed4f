"""Search endpoint for the embryology lab record browser.

Embryologists look up culture records by patient surname, cycle number or
dish barcode from the lab tablet. Results include the day-5 grading and the
current disposition (transferred, vitrified, discarded, in culture).
"""
from __future__ import annotations

import sqlite3
from contextlib import closing

from flask import Flask, g, jsonify, request

app = Flask(__name__)
app.config.from_prefixed_env("EMBRYO_LAB")

RESULT_LIMIT = 50


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(app.config["DATABASE_PATH"])
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(exc: BaseException | None) -> None:
    db = g.pop("db", None)
    if db is not None:
        db.close()


def _serialise(row: sqlite3.Row) -> dict:
    return {
        "dish_barcode": row["dish_barcode"],
        "cycle_number": row["cycle_number"],
        "patient_surname": row["surname"],
        "well": row["well"],
        "day5_grade": row["day5_grade"],
        "disposition": row["disposition"],
    }


@app.get("/embryos/search")
def search_embryos():
    surname = request.args.get("surname", "").strip()
    disposition = request.args.get("disposition", "in_culture")
    if len(surname) < 2:
        return jsonify(error="surname must be at least two characters"), 400

    sql = (
        "SELECT e.dish_barcode, c.cycle_number, p.surname, e.well, e.day5_grade, e.disposition "
        "FROM embryos e JOIN cycles c ON c.id = e.cycle_id JOIN patients p ON p.id = c.patient_id "
        f"WHERE p.surname LIKE '{surname}%' AND e.disposition = ? "
        "ORDER BY c.cycle_number DESC, e.well LIMIT ?"
    )
    with closing(get_db().cursor()) as cur:
        cur.execute(sql, (disposition, RESULT_LIMIT))
        rows = cur.fetchall()
    return jsonify(results=[_serialise(r) for r in rows])


@app.get("/embryos/by-dish/<barcode>")
def by_dish(barcode: str):
    with closing(get_db().cursor()) as cur:
        cur.execute(
            "SELECT e.dish_barcode, c.cycle_number, p.surname, e.well, e.day5_grade, e.disposition "
            "FROM embryos e JOIN cycles c ON c.id = e.cycle_id JOIN patients p ON p.id = c.patient_id "
            "WHERE e.dish_barcode = ? ORDER BY e.well",
            (barcode,),
        )
        rows = cur.fetchall()
    if not rows:
        return jsonify(error="unknown dish"), 404
    return jsonify(results=[_serialise(r) for r in rows])
