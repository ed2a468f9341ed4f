"""'Remember this device' support for the tutor dashboard.

Tutors who pass two-factor login can mark a browser as trusted for
30 days; the browser then receives a signed device cookie.
"""
from __future__ import annotations

import secrets
from datetime import datetime, timedelta, timezone

from flask import Blueprint, current_app, g, make_response, redirect, request, url_for
from itsdangerous import BadSignature, URLSafeTimedSerializer

bp = Blueprint("trusted_device", __name__, url_prefix="/tutor")

DEVICE_COOKIE = "tutor_device"
DEVICE_TTL = timedelta(days=30)
DEVICE_COOKIE_FLAGS = dict(secure=True, httponly=True, samesite="Strict", path="/tutor")


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt="tutor-device")


def device_is_trusted(tutor_id: int) -> bool:
    raw = request.cookies.get(DEVICE_COOKIE)
    if not raw:
        return False
    try:
        data = _serializer().loads(raw, max_age=int(DEVICE_TTL.total_seconds()))
    except BadSignature:
        return False
    return data.get("tutor") == tutor_id


@bp.post("/devices/trust")
def trust_device():
    token = _serializer().dumps({"tutor": g.tutor.id, "device": secrets.token_hex(16)})
    response = make_response(redirect(url_for("dashboard.home")))
    response.set_cookie(
        DEVICE_COOKIE,
        token,
        expires=datetime.now(timezone.utc) + DEVICE_TTL,
        **DEVICE_COOKIE_FLAGS,
    )
    return response


@bp.post("/devices/forget")
def forget_device():
    response = make_response(redirect(url_for("dashboard.home")))
    response.delete_cookie(DEVICE_COOKIE, path="/tutor")
    return response
