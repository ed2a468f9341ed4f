"""Remembers devices on which a clinician has completed two-factor login."""
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from flask import Blueprint, current_app, make_response, redirect, request, session, url_for

bp = Blueprint("device_trust", __name__)

TRUST_COOKIE = "dc_trusted_device"
TRUST_DAYS = 30


@dataclass
class TrustedDevice:
    staff_id: int
    token: str
    user_agent: str
    expires_at: datetime


class DeviceTrustStore:
    def __init__(self, redis):
        self.redis = redis

    def remember(self, staff_id: int, user_agent: str) -> TrustedDevice:
        device = TrustedDevice(
            staff_id=staff_id,
            token=secrets.token_urlsafe(32),
            user_agent=user_agent[:200],
            expires_at=datetime.now(timezone.utc) + timedelta(days=TRUST_DAYS),
        )
        self.redis.setex(f"trust:{device.token}", timedelta(days=TRUST_DAYS), staff_id)
        return device

    def is_trusted(self, token: str | None, staff_id: int) -> bool:
        if not token:
            return False
        stored = self.redis.get(f"trust:{token}")
        return stored is not None and int(stored) == staff_id


@bp.post("/login/2fa/remember")
def remember_device():
    store: DeviceTrustStore = current_app.extensions["device_trust"]
    staff_id = session["pending_staff_id"]
    device = store.remember(staff_id, request.headers.get("User-Agent", ""))
    resp = make_response(redirect(url_for("dashboard.index")))
    resp.set_cookie(TRUST_COOKIE, device.token, max_age=TRUST_DAYS * 86400, samesite="Lax")
    return resp
