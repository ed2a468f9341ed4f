"""Sign-in for the reading-room kiosk web app (document ordering at the desk).

Readers scan their ticket and enter a PIN; the resulting session id is kept
in a cookie scoped to the kiosk app path.
"""

from __future__ import annotations

import secrets
from datetime import timedelta

from flask import Blueprint, current_app, jsonify, request

from kiosk.auth import check_ticket_pin
from kiosk.sessions import store_session, drop_session

bp = Blueprint("kiosk_auth", __name__, url_prefix="/kiosk")

COOKIE_NAME = "kiosk_sid"
KIOSK_SESSION = timedelta(hours=2)

COOKIE_OPTIONS = {
    "max_age": int(KIOSK_SESSION.total_seconds()),
    "path": "/kiosk",
    "secure": True,
    "httponly": True,
    "samesite": "Strict",
}


@bp.post("/sign-in")
def sign_in():
    payload = request.get_json(silent=True) or {}
    reader = check_ticket_pin(payload.get("ticket", ""), payload.get("pin", ""))
    if reader is None:
        return jsonify(error="ticket or PIN not recognised"), 401
    sid = secrets.token_urlsafe(32)
    store_session(sid, reader.id, ttl=KIOSK_SESSION)
    current_app.logger.info("kiosk sign-in for reader %s", reader.id)
    resp = jsonify(reader=reader.display_name)
    resp.set_cookie(COOKIE_NAME, sid, **COOKIE_OPTIONS)
    return resp


@bp.post("/sign-out")
def sign_out():
    sid = request.cookies.get(COOKIE_NAME)
    if sid:
        drop_session(sid)
    resp = jsonify(ok=True)
    resp.delete_cookie(COOKIE_NAME, path="/kiosk", secure=True, httponly=True, samesite="Strict")
    return resp
