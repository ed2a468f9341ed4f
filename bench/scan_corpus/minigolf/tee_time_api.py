"""Tee-time slot search and booking API used by the venue booking site."""
from __future__ import annotations

import os
import sqlite3
from datetime import date, datetime, time, timedelta

from flask import Flask, abort, g, jsonify, request

app = Flask(__name__)
app.config.from_mapping(
    SECRET_KEY=os.environ["TEE_TIME_SECRET_KEY"],
    DATABASE=os.environ.get("TEE_TIME_DB", "tee_times.db"),
    SLOT_MINUTES=10,
    MAX_GROUP=6,
)

RUN_OPTIONS = {
    "host": os.environ.get("TEE_TIME_HOST", "localhost"),
    "port": int(os.environ.get("PORT", "8000")),
    "debug": True,
}


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(app.config["DATABASE"])
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc) -> None:
    db = g.pop("db", None)
    if db is not None:
        db.close()


def _slots_for(day: date, opens: time, closes: time) -> list[datetime]:
    step = timedelta(minutes=app.config["SLOT_MINUTES"])
    current, end = datetime.combine(day, opens), datetime.combine(day, closes)
    slots = []
    while current + step <= end:
        slots.append(current)
        current += step
    return slots


@app.get("/venues/<int:venue_id>/slots")
def available_slots(venue_id: int):
    try:
        day = date.fromisoformat(request.args.get("date", date.today().isoformat()))
    except ValueError:
        abort(400, "date must be YYYY-MM-DD")
    venue = get_db().execute(
        "SELECT opens_at, closes_at FROM venues WHERE id = ?", (venue_id,)
    ).fetchone()
    if venue is None:
        abort(404)
    taken = {
        row["starts_at"]
        for row in get_db().execute(
            "SELECT starts_at FROM bookings WHERE venue_id = ? AND date(starts_at) = ?",
            (venue_id, day.isoformat()),
        )
    }
    slots = _slots_for(day, time.fromisoformat(venue["opens_at"]), time.fromisoformat(venue["closes_at"]))
    return jsonify([s.isoformat() for s in slots if s.isoformat() not in taken])


@app.post("/venues/<int:venue_id>/bookings")
def create_booking(venue_id: int):
    body = request.get_json(silent=True) or {}
    try:
        starts_at = datetime.fromisoformat(body["starts_at"])
        players = int(body["players"])
    except (KeyError, ValueError):
        abort(400, "starts_at and players are required")
    if not 1 <= players <= app.config["MAX_GROUP"]:
        abort(400, "group size out of range")
    db = get_db()
    try:
        with db:
            cur = db.execute(
                "INSERT INTO bookings (venue_id, starts_at, players, lead_name, email) "
                "VALUES (?, ?, ?, ?, ?)",
                (venue_id, starts_at.isoformat(), players, body.get("name", ""), body.get("email", "")),
            )
    except sqlite3.IntegrityError:
        abort(409, "slot already taken")
    return jsonify(booking_id=cur.lastrowid, starts_at=starts_at.isoformat()), 201


if __name__ == "__main__":
    app.run(**RUN_OPTIONS)
