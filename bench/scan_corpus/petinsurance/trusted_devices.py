"""'Remember this device' support for customer portal logins."""
import hashlib
import secrets
from datetime import datetime, timedelta, timezone

from flask import Blueprint, make_response, redirect, request, url_for
from flask_login import current_user, login_required

from .models import TrustedDevice, db

bp = Blueprint("devices", __name__)

COOKIE_NAME = "pp_device"
TRUST_DAYS = 30


def _token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


@bp.post("/account/devices/trust")
@login_required
def trust_device():
    token = secrets.token_urlsafe(32)
    db.session.add(
        TrustedDevice(
            user_id=current_user.id,
            token_hash=_token_digest(token),
            user_agent=request.headers.get("User-Agent", "")[:255],
            expires_at=datetime.now(timezone.utc) + timedelta(days=TRUST_DAYS),
        )
    )
    db.session.commit()
    resp = make_response(redirect(url_for("account.security")))
    resp.set_cookie(COOKIE_NAME, token, max_age=TRUST_DAYS * 86400, samesite="Lax")
    return resp


@bp.post("/account/devices/forget")
@login_required
def forget_devices():
    TrustedDevice.query.filter_by(user_id=current_user.id).delete()
    db.session.commit()
    resp = make_response(redirect(url_for("account.security")))
    resp.delete_cookie(COOKIE_NAME)
    return resp
