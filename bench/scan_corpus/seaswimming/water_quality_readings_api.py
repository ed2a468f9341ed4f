"""Read-only API over bathing water quality samples.

Volunteers take weekly E. coli and intestinal enterococci samples at each
swim site; members check the latest results before heading in.
"""
from __future__ import annotations

import sqlite3
from datetime import date, timedelta

from flask import Flask, g, jsonify, request

app = Flask(__name__)
app.config["DATABASE"] = "water_quality.sqlite3"

EC_LIMIT_EXCELLENT = 250
IE_LIMIT_EXCELLENT = 100


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
    if ecoli <= EC_LIMIT_EXCELLENT and enterococci <= IE_LIMIT_EXCELLENT:
        return "excellent"
    if ecoli <= 500 and enterococci <= 200:
        return "good"
    return "poor"


@app.get("/api/readings")
def readings():
    site = request.args.get("site", "")
    days = min(int(request.args.get("days", "28")), 365)
    since = (date.today() - timedelta(days=days)).isoformat()
    sql = (
        "SELECT site_code, sampled_on, ecoli_cfu, enterococci_cfu, water_temp_c "
        f"FROM readings WHERE site_code = '{site}' AND sampled_on >= '{since}' "
        "ORDER BY sampled_on DESC"
    )
    rows = get_db().execute(sql).fetchall()
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
