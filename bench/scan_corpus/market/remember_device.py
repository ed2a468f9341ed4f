"""'Remember this device' cookie for skipping 2FA on trusted seller devices."""
from flask import Blueprint, make_response, request
from flask_login import current_user, login_required

from .devices import register_trusted_device

bp = Blueprint("remember_device", __name__)

COOKIE_OPTS = {
    "max_age": 30 * 24 * 3600,
    "secure": True,
    "httponly": True,
    "samesite": "Strict",
}


@bp.post("/account/devices/trust")
@login_required
def trust_device():
    device_token = register_trusted_device(current_user.id, request.user_agent.string)
    resp = make_response({"trusted": True})
    resp.set_cookie("mkt_trusted_device", device_token, **COOKIE_OPTS)
    return resp
