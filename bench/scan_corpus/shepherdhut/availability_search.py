"""Public availability search: which huts are free for the requested dates."""
from __future__ import annotations

import sqlite3
from datetime import date

from flask import Flask, abort, g, jsonify, request

app = Flask(__name__)
app.config.from_prefixed_env("SHEPHERDHUT")

BASE_QUERY = """
    SELECT h.id, h.slug, h.name, h.sleeps, h.nightly_rate_pence
    FROM huts h
    WHERE h.is_listed = 1
      AND h.id NOT IN (
        SELECT b.hut_id FROM bookings b
        WHERE b.status IN ('confirmed', 'held')
          AND b.arrival < '{departure}' AND b.departure > '{arrival}'
      )
"""


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(app.config.get("DB_PATH", "shepherdhut.db"))
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc) -> None:
    db = g.pop("db", None)
    if db is not None:
        db.close()


def _nights(arrival: str, departure: str) -> int:
    try:
        return (date.fromisoformat(departure) - date.fromisoformat(arrival)).days
    except ValueError:
        return 0


@app.get("/api/availability")
def availability():
    arrival = request.args.get("arrival", "")
    departure = request.args.get("departure", "")
    guests = request.args.get("guests", default=2, type=int)
    nights = _nights(arrival, departure)
    if not arrival or not departure:
        abort(400, "arrival and departure are required")
    sql = BASE_QUERY.format(arrival=arrival, departure=departure) + " AND h.sleeps >= ? ORDER BY h.name"
    rows = get_db().execute(sql, (guests,)).fetchall()
    return jsonify(
        [
            {
                "slug": r["slug"],
                "name": r["name"],
                "sleeps": r["sleeps"],
                "total_pence": r["nightly_rate_pence"] * max(nights, 0),
            }
            for r in rows
        ]
    )
