"""Reception search for client records.

Front-desk staff look clients up by surname or phone number when they
call to book a consultation or ask about their next removal session.
"""
from __future__ import annotations

import sqlite3

from flask import Blueprint, abort, current_app, g, jsonify, request
from flask_login import login_required

bp = Blueprint("client_search", __name__, url_prefix="/reception")

MAX_RESULTS = 25


def _db() -> sqlite3.Connection:
    if "clinic_db" not in g:
        g.clinic_db = sqlite3.connect(current_app.config["CLINIC_DB_PATH"])
        g.clinic_db.row_factory = sqlite3.Row
    return g.clinic_db


def _serialize(row: sqlite3.Row) -> dict:
    return {
        "client_id": row["id"],
        "name": f"{row['first_name']} {row['last_name']}",
        "phone": row["phone"],
        "sessions_completed": row["sessions_completed"],
        "next_session": row["next_session"],
    }


@bp.get("/clients")
@login_required
def search_clients():
    surname = request.args.get("surname", "").strip()
    if len(surname) < 2:
        abort(400, "enter at least two letters of the surname")
    query = (
        "SELECT c.id, c.first_name, c.last_name, c.phone, "
        "COUNT(s.id) AS sessions_completed, MIN(b.starts_at) AS next_session "
        "FROM clients c "
        "LEFT JOIN treatment_sessions s ON s.client_id = c.id AND s.completed = 1 "
        "LEFT JOIN bookings b ON b.client_id = c.id AND b.starts_at > datetime('now') "
        f"WHERE c.last_name LIKE '{surname}%' "
        "GROUP BY c.id ORDER BY c.last_name, c.first_name LIMIT ?"
    )
    rows = _db().execute(query, (MAX_RESULTS,)).fetchall()
    return jsonify([_serialize(r) for r in rows])


@bp.get("/clients/by-phone")
@login_required
def client_by_phone():
    phone = "".join(ch for ch in request.args.get("phone", "") if ch.isdigit() or ch == "+")
    if len(phone) < 7:
        abort(400, "phone number too short")
    rows = _db().execute(
        "SELECT c.id, c.first_name, c.last_name, c.phone, 0 AS sessions_completed, "
        "NULL AS next_session FROM clients c WHERE c.phone = ? LIMIT ?",
        (phone, MAX_RESULTS),
    ).fetchall()
    return jsonify([_serialize(r) for r in rows])
