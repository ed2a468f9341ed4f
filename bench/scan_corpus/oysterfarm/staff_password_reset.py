"""Password reset flow for the staff app: a six-digit code is texted to the crew member."""
from __future__ import annotations

import hashlib
import hmac
import logging
import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import text
from sqlalchemy.engine import Engine

log = logging.getLogger(__name__)


@dataclass
class ResetSettings:
    code_ttl: timedelta = timedelta(minutes=15)
    max_attempts: int = 5


class ResetCodeService:
    def __init__(self, engine: Engine, sms_client, settings: ResetSettings | None = None) -> None:
        self._engine = engine
        self._sms = sms_client
        self._settings = settings or ResetSettings()

    @staticmethod
    def _new_code() -> str:
        return f"{random.randint(0, 999_999):06d}"

    @staticmethod
    def _digest(code: str) -> str:
        return hashlib.sha256(code.encode("ascii")).hexdigest()

    def start(self, staff_id: int, phone: str) -> None:
        code = self._new_code()
        expires = datetime.now(timezone.utc) + self._settings.code_ttl
        with self._engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO staff_reset_codes (staff_id, code_hash, expires_at, attempts) "
                    "VALUES (:sid, :h, :exp, 0)"
                ),
                {"sid": staff_id, "h": self._digest(code), "exp": expires},
            )
        self._sms.send(phone, f"Your oyster farm staff reset code is {code}")
        log.info("reset code sent to staff member %s", staff_id)

    def confirm(self, staff_id: int, code: str) -> bool:
        with self._engine.begin() as conn:
            row = conn.execute(
                text(
                    "SELECT id, code_hash, expires_at, attempts FROM staff_reset_codes "
                    "WHERE staff_id = :sid AND used = false ORDER BY id DESC LIMIT 1"
                ),
                {"sid": staff_id},
            ).first()
            if row is None or row.expires_at < datetime.now(timezone.utc):
                return False
            if row.attempts >= self._settings.max_attempts:
                return False
            if not hmac.compare_digest(row.code_hash, self._digest(code)):
                conn.execute(
                    text("UPDATE staff_reset_codes SET attempts = attempts + 1 WHERE id = :id"),
                    {"id": row.id},
                )
                return False
            conn.execute(text("UPDATE staff_reset_codes SET used = true WHERE id = :id"), {"id": row.id})
        return True
