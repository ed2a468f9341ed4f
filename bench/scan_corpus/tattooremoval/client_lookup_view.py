"""Reception lookup of clients by surname.

Used when a client phones to book their next laser session; the results
show how many sessions are done and when the next one is booked.
"""
from __future__ import annotations

import sqlite3

from flask import Blueprint, abort, current_app, g, jsonify, request
from flask_login import login_required

bp = Blueprint("client_lookup", __name__, url_prefix="/reception")

LOOKUP_SQL = (
    "SELECT c.id, c.first_name, c.last_name, c.phone, "
    "COUNT(s.id) AS sessions_completed, MIN(b.starts_at) AS next_session "
    "FROM clients c "
    "LEFT JOIN treatment_sessions s ON s.client_id = c.id AND s.completed = 1 "
    "LEFT JOIN bookings b ON b.client_id = c.id AND b.starts_at > datetime('now') "
    "WHERE c.last_name LIKE ? ESCAPE '\\' "
    "GROUP BY c.id ORDER BY c.last_name, c.first_name LIMIT ?"
)


def _db() -> sqlite3.Connection:
    if "clinic_db" not in g:
        g.clinic_db = sqlite3.connect(current_app.config["CLINIC_DB_PATH"])
        g.clinic_db.row_factory = sqlite3.Row
    return g.clinic_db


def _like_prefix(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"{escaped}%"


@bp.get("/lookup")
@login_required
def lookup():
    surname = request.args.get("surname", "").strip()
    if len(surname) < 2:
        abort(400, "enter at least two letters of the surname")
    limit = min(int(request.args.get("limit", 25)), 100)
    rows = _db().execute(LOOKUP_SQL, (_like_prefix(surname), limit)).fetchall()
    return jsonify(
        [
            {
                "client_id": r["id"],
                "name": f"{r['first_name']} {r['last_name']}",
                "phone": r["phone"],
                "sessions_completed": r["sessions_completed"],
                "next_session": r["next_session"],
            }
            for r in rows
        ]
    )
