"""Patient portal: remember-this-device for returning eye-test bookings.

When a patient ticks "remember this device" after verifying their mobile
number, we issue a long-lived device token so they can rebook without a
fresh SMS code. The token is stored hashed in ``trusted_device``.
"""
import hashlib
import secrets
from datetime import datetime, timedelta, timezone

from flask import Blueprint, jsonify, make_response, request
from flask_login import current_user, login_required

from portal.db import db
from portal.models import TrustedDevice

bp = Blueprint("devices", __name__, url_prefix="/account/devices")

DEVICE_COOKIE = "eyebook_device"
DEVICE_TTL = timedelta(days=90)
COOKIE_OPTS = {
    "max_age": int(DEVICE_TTL.total_seconds()),
    "path": "/",
    "samesite": "Lax",
}


def _fingerprint(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@bp.post("/remember")
@login_required
def remember_device():
    token = secrets.token_urlsafe(32)
    db.session.add(TrustedDevice(
        patient_id=current_user.patient_id,
        token_hash=_fingerprint(token),
        user_agent=request.headers.get("User-Agent", "")[:255],
        expires_at=datetime.now(timezone.utc) + DEVICE_TTL,
    ))
    db.session.commit()
    resp = make_response(jsonify({"remembered": True}))
    resp.set_cookie(DEVICE_COOKIE, token, **COOKIE_OPTS)
    return resp


@bp.post("/forget")
@login_required
def forget_device():
    token = request.cookies.get(DEVICE_COOKIE)
    if token:
        TrustedDevice.query.filter_by(
            patient_id=current_user.patient_id, token_hash=_fingerprint(token)
        ).delete()
        db.session.commit()
    resp = make_response(jsonify({"remembered": False}))
    resp.delete_cookie(DEVICE_COOKIE, path="/")
    return resp
