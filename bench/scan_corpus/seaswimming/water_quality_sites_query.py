"""Read-only API over bathing water quality samples, per swim site."""
from __future__ import annotations

import sqlite3
from datetime import date, timedelta

from flask import Flask, abort, g, jsonify, request

app = Flask(__name__)
app.config["DATABASE"] = "water_quality.sqlite3"

READINGS_SQL = (
    "SELECT site_code, sampled_on, ecoli_cfu, enterococci_cfu, water_temp_c "
    "FROM readings WHERE site_code = ? AND sampled_on >= ? "
    "ORDER BY sampled_on DESC"
)


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(app.config["DATABASE"])
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


def _classify(ecoli: int, enterococci: int) -> str:
    if ecoli <= 250 and enterococci <= 100:
        return "excellent"
    if ecoli <= 500 and enterococci <= 200:
        return "good"
    return "poor"


@app.get("/api/sites/<site>/readings")
def site_readings(site: str):
    try:
        days = min(int(request.args.get("days", "28")), 365)
    except ValueError:
        abort(400)
    since = (date.today() - timedelta(days=days)).isoformat()
    rows = get_db().execute(READINGS_SQL, (site.upper(), since)).fetchall()
    if not rows:
        abort(404)
    return jsonify(
        [
            {
                "site": r["site_code"],
                "sampled_on": r["sampled_on"],
                "ecoli": r["ecoli_cfu"],
                "enterococci": r["enterococci_cfu"],
                "water_temp_c": r["water_temp_c"],
                "rating": _classify(r["ecoli_cfu"], r["enterococci_cfu"]),
            }
            for r in rows
        ]
    )
