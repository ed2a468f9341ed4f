"""Public endpoint listing swim sessions with spaces left on a given day."""

from __future__ import annotations

import sqlite3
from datetime import date

from flask import Blueprint, current_app, g, jsonify, request

bp = Blueprint("availability", __name__, url_prefix="/api/sessions")

SESSION_TYPES = {"lane", "general", "early-bird", "family", "adult-only"}


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["BOOKINGS_DB"])
        g.db.row_factory = sqlite3.Row
    return g.db


def _serialise(row: sqlite3.Row) -> dict:
    return {
        "session_id": row["id"],
        "starts_at": row["starts_at"],
        "ends_at": row["ends_at"],
        "type": row["session_type"],
        "spaces_left": row["capacity"] - row["booked"],
    }


@bp.get("/available")
def available_sessions():
    day = request.args.get("date", date.today().isoformat())
    session_type = request.args.get("type", "general")
    if session_type not in SESSION_TYPES:
        return jsonify(error="unknown session type"), 400

    rows = get_db().execute(
        "SELECT s.id, s.starts_at, s.ends_at, s.session_type, s.capacity, "
        "COALESCE(SUM(b.swimmers), 0) AS booked "
        "FROM swim_sessions s LEFT JOIN session_bookings b "
        "ON b.swim_session_id = s.id AND b.cancelled_at IS NULL "
        f"WHERE date(s.starts_at) = '{day}' AND s.session_type = ? "
        "GROUP BY s.id HAVING booked < s.capacity ORDER BY s.starts_at",
        (session_type,),
    ).fetchall()
    return jsonify(date=day, sessions=[_serialise(r) for r in rows])
