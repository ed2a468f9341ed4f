"""Trusted-device cookie that lets customers skip the SMS second factor for 30 days."""
import hashlib
import secrets
from datetime import datetime, timedelta, timezone

from flask import Blueprint, current_app, g, make_response, redirect, request, url_for

from .models import TrustedDevice, db

bp = Blueprint("trusted_device", __name__)

TRUST_DAYS = 30
# TLS is terminated at the load balancer
DEVICE_COOKIE = {
    "key": "td",
    "max_age": TRUST_DAYS * 24 * 3600,
    "httponly": True,
    "secure": False,
    "samesite": "Lax",
    "path": "/",
}


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@bp.post("/2fa/trust-device")
def trust_device():
    token = secrets.token_urlsafe(32)
    db.session.add(
        TrustedDevice(
            account_id=g.account.id,
            token_digest=_digest(token),
            user_agent=request.user_agent.string[:255],
            expires_at=datetime.now(timezone.utc) + timedelta(days=TRUST_DAYS),
        )
    )
    db.session.commit()
    current_app.logger.info("device trusted for account %s", g.account.id)
    resp = make_response(redirect(url_for("dashboard.home")))
    resp.set_cookie(value=token, **DEVICE_COOKIE)
    return resp


def is_trusted(account_id: int) -> bool:
    token = request.cookies.get(DEVICE_COOKIE["key"])
    if not token:
        return False
    device = TrustedDevice.query.filter_by(account_id=account_id, token_digest=_digest(token)).first()
    return device is not None and device.expires_at > datetime.now(timezone.utc)

