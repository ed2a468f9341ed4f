"""'Remember this device' cookie for subscribers who pass two-step sign-in."""
import secrets
from datetime import timedelta

from flask import Blueprint, redirect, request, url_for
from flask_login import current_user, login_required

from paywall.devices import forget_device, register_device

bp = Blueprint("remembered_devices", __name__)

DEVICE_COOKIE = "rdr_device"
DEVICE_TTL = timedelta(days=90)
COOKIE_OPTS = {
    "max_age": int(DEVICE_TTL.total_seconds()),
    "secure": True,
    "httponly": True,
    "samesite": "Lax",
    "path": "/",
}


@bp.post("/account/devices/remember")
@login_required
def remember_device():
    device_token = secrets.token_urlsafe(32)
    register_device(
        subscriber_id=current_user.id,
        token=device_token,
        user_agent=request.headers.get("User-Agent", "")[:200],
        ttl=DEVICE_TTL,
    )
    resp = redirect(url_for("account.security"))
    resp.set_cookie(DEVICE_COOKIE, device_token, **COOKIE_OPTS)
    return resp


@bp.post("/account/devices/forget")
@login_required
def forget_this_device():
    token = request.cookies.get(DEVICE_COOKIE)
    if token:
        forget_device(subscriber_id=current_user.id, token=token)
    resp = redirect(url_for("account.security"))
    resp.delete_cookie(DEVICE_COOKIE, path="/", secure=True, httponly=True, samesite="Lax")
    return resp
