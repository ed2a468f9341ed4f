"""Guest sign-in to "My booking" with booking reference and e-mail."""
import secrets
from datetime import timedelta

import redis
from flask import Blueprint, current_app, jsonify, request

from .db import get_db

bp = Blueprint("guest_session", __name__, url_prefix="/my-booking")

SESSION_TTL = timedelta(hours=12)
COOKIE_NAME = "zp_guest"


def _store() -> redis.Redis:
    return redis.Redis.from_url(current_app.config["REDIS_URL"])


@bp.post("/login")
def login():
    ref = request.form.get("booking_ref", "").strip().upper()
    email = request.form.get("email", "").strip().lower()
    row = get_db().execute(
        "SELECT id FROM bookings WHERE ref = ? AND lower(lead_email) = ? AND status != 'cancelled'",
        (ref, email),
    ).fetchone()
    if row is None:
        return jsonify({"error": "booking not found"}), 404
    token = secrets.token_urlsafe(32)
    _store().setex(f"guest-session:{token}", SESSION_TTL, row["id"])
    resp = jsonify({"booking": ref})
    resp.set_cookie(COOKIE_NAME, token, max_age=int(SESSION_TTL.total_seconds()), samesite="Lax")
    return resp


@bp.get("/")
def my_booking():
    token = request.cookies.get(COOKIE_NAME)
    booking_id = _store().get(f"guest-session:{token}") if token else None
    if booking_id is None:
        return jsonify({"error": "not signed in"}), 401
    row = get_db().execute(
        "SELECT ref, course, session_start, party_size, waivers_signed, status FROM bookings WHERE id = ?",
        (int(booking_id),),
    ).fetchone()
    return jsonify(dict(row))


@bp.post("/logout")
def logout():
    token = request.cookies.get(COOKIE_NAME)
    if token:
        _store().delete(f"guest-session:{token}")
    resp = jsonify({"ok": True})
    resp.delete_cookie(COOKIE_NAME)
    return resp
