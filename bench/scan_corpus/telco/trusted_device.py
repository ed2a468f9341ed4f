"""'Remember this device' support for the self-care portal's SMS one-time-password step."""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from flask import Blueprint, make_response, redirect, request, url_for
from flask_login import current_user, login_required

from selfcare.db import trusted_devices

bp = Blueprint("trusted_device", __name__)

COOKIE_NAME = "sc_trusted_device"


@dataclass
class TrustPolicy:
    lifetime: timedelta = timedelta(days=30)
    max_devices: int = 5


@dataclass
class TrustedDeviceService:
    policy: TrustPolicy = field(default_factory=TrustPolicy)

    @staticmethod
    def _digest(token: str) -> str:
        return hashlib.sha256(token.encode()).hexdigest()

    def enrol(self, account_id: int, user_agent: str) -> str:
        token = secrets.token_urlsafe(32)
        trusted_devices.add(
            account_id=account_id,
            token_digest=self._digest(token),
            user_agent=user_agent[:200],
            expires_at=datetime.now(timezone.utc) + self.policy.lifetime,
        )
        trusted_devices.prune(account_id, keep=self.policy.max_devices)
        return token

    def is_trusted(self, account_id: int, token: str | None) -> bool:
        if not token:
            return False
        return trusted_devices.exists(account_id, self._digest(token))


service = TrustedDeviceService()


@bp.post("/otp/remember-device")
@login_required
def remember_device():
    token = service.enrol(current_user.account_id, request.headers.get("User-Agent", ""))
    resp = make_response(redirect(url_for("dashboard.index")))
    resp.set_cookie(
        COOKIE_NAME,
        token,
        max_age=int(service.policy.lifetime.total_seconds()),
        httponly=True,
        samesite="Lax",
    )
    return resp
