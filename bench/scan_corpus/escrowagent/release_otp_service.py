"""One-time confirmation codes for releasing funds from an online-trade escrow."""
from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import text
from sqlalchemy.engine import Engine

CODE_LIFETIME = timedelta(minutes=5)
OTP_PEPPER = os.environ["RELEASE_OTP_PEPPER"].encode("utf-8")


def _code_mac(escrow_id: int, code: str) -> str:
    return hmac.new(OTP_PEPPER, f"{escrow_id}:{code}".encode("utf-8"), hashlib.sha256).hexdigest()


@dataclass
class OtpChallenge:
    escrow_id: int
    code: str
    expires_at: datetime

    @classmethod
    def new(cls, escrow_id: int, digits: int = 6) -> "OtpChallenge":
        code = str(secrets.randbelow(10**digits)).zfill(digits)
        return cls(escrow_id, code, datetime.now(timezone.utc) + CODE_LIFETIME)


class ReleaseOtpStore:
    def __init__(self, engine: Engine, notifier) -> None:
        self._engine = engine
        self._notifier = notifier

    def issue(self, escrow_id: int, buyer_phone: str) -> None:
        challenge = OtpChallenge.new(escrow_id)
        with self._engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO release_otps (escrow_id, code_mac, expires_at, attempts) "
                    "VALUES (:id, :mac, :exp, 0) "
                    "ON CONFLICT (escrow_id) DO UPDATE SET code_mac = :mac, expires_at = :exp, attempts = 0"
                ),
                {"id": escrow_id, "mac": _code_mac(escrow_id, challenge.code), "exp": challenge.expires_at},
            )
        self._notifier.send_sms(buyer_phone, f"Escrow release code: {challenge.code}")

    def confirm(self, escrow_id: int, submitted: str) -> bool:
        with self._engine.begin() as conn:
            row = conn.execute(
                text(
                    "UPDATE release_otps SET attempts = attempts + 1 WHERE escrow_id = :id "
                    "RETURNING code_mac, expires_at, attempts"
                ),
                {"id": escrow_id},
            ).one_or_none()
            if row is None or row.attempts > 5 or row.expires_at < datetime.now(timezone.utc):
                return False
            if not hmac.compare_digest(row.code_mac, _code_mac(escrow_id, submitted.strip())):
                return False
            conn.execute(text("DELETE FROM release_otps WHERE escrow_id = :id"), {"id": escrow_id})
            return True
