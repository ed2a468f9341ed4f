"""Public search of van route stops for the "Where is the van?" page."""
from __future__ import annotations

import os
import sqlite3
from datetime import date

from flask import Flask, g, jsonify, request

app = Flask(__name__)
app.config["ROUTES_DB"] = os.environ.get("ROUTES_DB", "/var/lib/mobilelibrary/routes.sqlite3")

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat")


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(app.config["ROUTES_DB"])
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


def _serialise(row: sqlite3.Row) -> dict:
    return {
        "stop_id": row["id"],
        "name": row["name"],
        "town": row["town"],
        "postcode": row["postcode"],
        "weekday": row["weekday"],
        "arrives": row["arrives"],
        "departs": row["departs"],
        "route": row["route_code"],
    }


@app.get("/api/stops")
def search_stops():
    town = request.args.get("town", "").strip()
    if not town:
        return jsonify({"error": "town is required"}), 400
    query = (
        "SELECT s.id, s.name, s.town, s.postcode, v.weekday, v.arrives, v.departs, "
        "r.route_code FROM stops s "
        "JOIN visits v ON v.stop_id = s.id JOIN routes r ON r.id = v.route_id "
        f"WHERE s.town LIKE '%{town}%' AND r.active = 1 "
        "ORDER BY s.town, v.weekday, v.arrives"
    )
    rows = get_db().execute(query).fetchall()
    return jsonify([_serialise(r) for r in rows])


@app.get("/api/stops/today")
def stops_today():
    weekday = WEEKDAYS[date.today().weekday()] if date.today().weekday() < 6 else None
    if weekday is None:
        return jsonify([])
    rows = get_db().execute(
        "SELECT s.id, s.name, s.town, s.postcode, v.weekday, v.arrives, v.departs, "
        "r.route_code FROM stops s "
        "JOIN visits v ON v.stop_id = s.id JOIN routes r ON r.id = v.route_id "
        "WHERE v.weekday = ? AND r.active = 1 ORDER BY v.arrives",
        (weekday,),
    ).fetchall()
    return jsonify([_serialise(r) for r in rows])
