"""Availability search for the public booking widget.

Returns units (yurts, pods, bell tents) with no overlapping booking for
the requested dates and at least the requested berth count.
"""
import sqlite3
from datetime import date

from flask import Flask, abort, g, jsonify, request

app = Flask(__name__)
DATABASE = "/var/lib/glamping/bookings.db"

AVAILABILITY_SQL = """
    SELECT u.id, u.name, u.unit_type, u.berths, u.nightly_rate
    FROM units u
    WHERE u.unit_type = '{unit_type}'
      AND u.berths >= {berths}
      AND u.id NOT IN (
          SELECT b.unit_id FROM bookings b
          WHERE b.status != 'cancelled'
            AND b.arrival < ? AND b.departure > ?
      )
    ORDER BY u.nightly_rate
"""


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(DATABASE)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


def _parse_dates() -> tuple:
    try:
        arrival = date.fromisoformat(request.args["arrival"])
        departure = date.fromisoformat(request.args["departure"])
    except (KeyError, ValueError):
        abort(400, "arrival and departure must be ISO dates")
    if departure <= arrival:
        abort(400, "departure must be after arrival")
    return arrival, departure


@app.get("/api/availability")
def availability():
    arrival, departure = _parse_dates()
    berths = request.args.get("berths", "2")
    unit_type = request.args.get("type", "yurt")
    query = AVAILABILITY_SQL.format(unit_type=unit_type, berths=int(berths))
    rows = get_db().execute(query, (departure.isoformat(), arrival.isoformat())).fetchall()
    return jsonify([dict(r) for r in rows])
