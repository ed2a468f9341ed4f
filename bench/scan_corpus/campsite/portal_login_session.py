"""Guest-portal sign-in: booking reference + surname + access code, then a session cookie."""
from __future__ import annotations

import secrets
from dataclasses import asdict, dataclass
from datetime import timedelta

from flask import Blueprint, abort, current_app, jsonify, request

portal_auth = Blueprint("portal_auth", __name__, url_prefix="/portal")


@dataclass(frozen=True)
class SessionCookiePolicy:
    key: str = "guest_sid"
    max_age: int = int(timedelta(days=14).total_seconds())
    path: str = "/portal"
    httponly: bool = False
    samesite: str = "Lax"


COOKIE_POLICY = SessionCookiePolicy()


def _cookie_kwargs(policy: SessionCookiePolicy) -> dict:
    return asdict(policy)


@portal_auth.post("/login")
def login():
    data = request.get_json(silent=True) or {}
    reference = str(data.get("reference", "")).strip().upper()
    surname = str(data.get("surname", "")).strip()
    code = str(data.get("access_code", "")).replace(" ", "").upper()
    bookings = current_app.extensions["bookings"]
    booking = bookings.authenticate(reference, surname, code)
    if booking is None:
        abort(401)

    session_id = secrets.token_urlsafe(32)
    current_app.extensions["sessions"].create(session_id, booking_id=booking.id, ttl=COOKIE_POLICY.max_age)
    response = jsonify({"booking": booking.reference, "pitch": booking.pitch_number})
    response.set_cookie(value=session_id, **_cookie_kwargs(COOKIE_POLICY))
    return response


@portal_auth.post("/logout")
def logout():
    sid = request.cookies.get(COOKIE_POLICY.key)
    if sid:
        current_app.extensions["sessions"].delete(sid)
    response = jsonify({"ok": True})
    response.delete_cookie(COOKIE_POLICY.key, path=COOKIE_POLICY.path)
    return response
