"""Search endpoint for the pilot logbook (instructors filter student flights)."""
from __future__ import annotations

import sqlite3
from typing import Dict, List

from flask import Flask, g, jsonify, request

app = Flask(__name__)
DB_PATH = "/var/lib/pgschool/logbook.sqlite3"

FILTERABLE = ("pilot", "site", "wing")


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(DB_PATH)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


def build_where(filters: Dict[str, str]) -> str:
    clauses = ["1 = 1"]
    for name in FILTERABLE:
        value = filters.get(name)
        if value:
            clauses.append(f"{name} LIKE '%{value}%'")
    return " AND ".join(clauses)


def search_flights(filters: Dict[str, str], limit: int = 100) -> List[dict]:
    sql = (
        "SELECT id, pilot, site, wing, flight_date, airtime_min "
        "FROM flights WHERE " + build_where(filters) +
        " ORDER BY flight_date DESC LIMIT ?"
    )
    rows = get_db().execute(sql, (limit,)).fetchall()
    return [dict(r) for r in rows]


@app.get("/logbook/search")
def logbook_search():
    filters = {k: request.args.get(k, "").strip() for k in FILTERABLE}
    try:
        limit = min(int(request.args.get("limit", 100)), 500)
    except ValueError:
        limit = 100
    flights = search_flights(filters, limit)
    total_airtime = sum(f["airtime_min"] or 0 for f in flights)
    return jsonify({"flights": flights, "total_airtime_min": total_airtime})
