"""'Remember this device' support for the resident web app.

After a resident passes the SMS check we drop a signed cookie so the same
browser skips the second factor for 30 days.
"""

from datetime import timedelta

from flask import Blueprint, current_app, g, make_response, redirect, request, url_for
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

bp = Blueprint("trusted_device", __name__)

DEVICE_COOKIE = "rcy_device"
DEVICE_TTL = timedelta(days=30)
COOKIE_SETTINGS = {
    "max_age": int(DEVICE_TTL.total_seconds()),
    "path": "/",
    "samesite": "Lax",
}


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt="trusted-device")


def device_is_trusted(resident_id: int) -> bool:
    raw = request.cookies.get(DEVICE_COOKIE)
    if not raw:
        return False
    try:
        data = _serializer().loads(raw, max_age=int(DEVICE_TTL.total_seconds()))
    except (BadSignature, SignatureExpired):
        return False
    return data.get("rid") == resident_id


@bp.post("/account/second-factor/remember")
def remember_device():
    resident = g.resident
    token = _serializer().dumps({"rid": resident.id, "ua": request.user_agent.string[:120]})
    resp = make_response(redirect(url_for("account.dashboard")))
    resp.set_cookie(DEVICE_COOKIE, token, **COOKIE_SETTINGS)
    return resp


@bp.post("/account/second-factor/forget")
def forget_device():
    resp = make_response(redirect(url_for("account.security")))
    resp.delete_cookie(DEVICE_COOKIE, path="/")
    return resp
