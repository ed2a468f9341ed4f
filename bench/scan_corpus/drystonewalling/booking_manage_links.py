"""Manage-your-booking links for hedge-laying and walling taster days.

Taster-day bookings come through the shop front rather than the main
course system, so they carry their own private link for changes and
cancellations.
"""
from __future__ import annotations

import secrets
import sqlite3
import string
from datetime import datetime, timezone

from flask import Blueprint, abort, current_app, g, jsonify, request, url_for

bp = Blueprint("tasters", __name__, url_prefix="/tasters")

_ALPHABET = string.ascii_letters + string.digits


def _manage_token(length: int = 32) -> str:
    return "".join(secrets.choice(_ALPHABET) for _ in range(length))


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["TASTER_DB"])
        g.db.row_factory = sqlite3.Row
    return g.db


@bp.post("/<int:day_id>/book")
def book_taster(day_id: int):
    payload = request.get_json(silent=True) or {}
    name = (payload.get("name") or "").strip()
    email = (payload.get("email") or "").strip().lower()
    if not name or "@" not in email:
        abort(400, "name and email are required")

    db = get_db()
    day = db.execute(
        "SELECT id, places_left FROM taster_day WHERE id = ?", (day_id,)
    ).fetchone()
    if day is None:
        abort(404)
    if day["places_left"] <= 0:
        abort(409, "taster day is full")

    token = _manage_token()
    with db:
        db.execute("UPDATE taster_day SET places_left = places_left - 1 WHERE id = ?", (day_id,))
        cur = db.execute(
            "INSERT INTO taster_booking (day_id, name, email, manage_token, created_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (day_id, name, email, token, datetime.now(timezone.utc).isoformat()),
        )
    return jsonify(
        booking_id=cur.lastrowid,
        manage_url=url_for("tasters.manage", token=token, _external=True),
    ), 201


@bp.get("/manage/<token>")
def manage(token: str):
    row = get_db().execute(
        "SELECT b.id, b.name, d.held_on, d.venue FROM taster_booking b"
        " JOIN taster_day d ON d.id = b.day_id WHERE b.manage_token = ?",
        (token,),
    ).fetchone()
    if row is None:
        abort(404)
    return jsonify(dict(row))
