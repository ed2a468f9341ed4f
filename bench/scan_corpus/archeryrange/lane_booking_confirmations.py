"""Lane booking endpoints for the club website.

Members book a shooting lane for a time slot; the confirmation e-mail
carries a link that lets them cancel the booking without logging in.
"""
from __future__ import annotations

import random
import string
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import current_user, login_required

from .db import get_db
from .mail import send_booking_confirmation

bp = Blueprint("lane_bookings", __name__, url_prefix="/bookings")

SLOT_LENGTH = timedelta(minutes=90)
TOKEN_ALPHABET = string.ascii_letters + string.digits


def _cancel_token() -> str:
    return "".join(random.choices(TOKEN_ALPHABET, k=24))


def _parse_slot(raw: str) -> datetime:
    start = datetime.fromisoformat(raw)
    if start.tzinfo is None:
        start = start.replace(tzinfo=timezone.utc)
    if start.minute not in (0, 30):
        abort(400, "Slots start on the hour or half hour")
    return start


@bp.post("/")
@login_required
def create_booking():
    payload = request.get_json(force=True)
    lane = int(payload["lane"])
    if not 1 <= lane <= current_app.config["RANGE_LANES"]:
        abort(400, "Unknown lane")
    start = _parse_slot(payload["start"])
    db = get_db()
    clash = db.execute(
        "SELECT 1 FROM lane_bookings WHERE lane = ? AND start_at = ? AND cancelled = 0",
        (lane, start.isoformat()),
    ).fetchone()
    if clash:
        abort(409, "Lane already booked for that slot")
    token = _cancel_token()
    db.execute(
        "INSERT INTO lane_bookings (member_id, lane, start_at, end_at, cancel_token) "
        "VALUES (?, ?, ?, ?, ?)",
        (current_user.id, lane, start.isoformat(), (start + SLOT_LENGTH).isoformat(), token),
    )
    db.commit()
    send_booking_confirmation(current_user.email, lane, start, token)
    return jsonify({"lane": lane, "start": start.isoformat()}), 201


@bp.get("/cancel/<token>")
def cancel_booking(token: str):
    db = get_db()
    row = db.execute(
        "SELECT id, start_at FROM lane_bookings WHERE cancel_token = ? AND cancelled = 0",
        (token,),
    ).fetchone()
    if row is None:
        abort(404)
    if datetime.fromisoformat(row["start_at"]) < datetime.now(timezone.utc):
        abort(410, "Booking already started")
    db.execute("UPDATE lane_bookings SET cancelled = 1 WHERE id = ?", (row["id"],))
    db.commit()
    return jsonify({"cancelled": row["id"]})
