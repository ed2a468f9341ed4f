"""Remember trusted devices so returning customers skip the SMS login step."""
import datetime as dt
import os

from flask import Blueprint, current_app, g, make_response, request
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

from .auth import customer_login_required

bp = Blueprint("trusted_device", __name__)

COOKIE_NAME = "td"
TRUST_PERIOD = dt.timedelta(days=60)


def _serializer() -> URLSafeTimedSerializer:
    secret = current_app.config.get("TRUSTED_DEVICE_SECRET") or os.environ["TRUSTED_DEVICE_SECRET"]
    return URLSafeTimedSerializer(secret, salt="trusted-device")


def is_trusted(customer_id: int) -> bool:
    raw = request.cookies.get(COOKIE_NAME)
    if not raw:
        return False
    try:
        data = _serializer().loads(raw, max_age=int(TRUST_PERIOD.total_seconds()))
    except (BadSignature, SignatureExpired):
        return False
    return data.get("cid") == customer_id


@bp.post("/account/devices/trust")
@customer_login_required
def trust_this_device():
    token = _serializer().dumps({"cid": g.customer.id})
    resp = make_response({"trusted_until": (dt.date.today() + TRUST_PERIOD).isoformat()})
    resp.set_cookie(
        COOKIE_NAME,
        token,
        max_age=int(TRUST_PERIOD.total_seconds()),
        secure=True,
        httponly=True,
        samesite="Strict",
        path="/account",
    )
    return resp
