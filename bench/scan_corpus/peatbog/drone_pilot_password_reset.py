"""Password reset by emailed code for contracted drone survey pilots."""
from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Optional

from argon2 import PasswordHasher
from sqlalchemy import text
from sqlalchemy.engine import Engine

from .mailer import send_mail

RESET_TTL = timedelta(minutes=20)
_hasher = PasswordHasher()


@dataclass
class ResetRequest:
    pilot_id: int
    code: str
    expires_at: datetime

    @classmethod
    def _next_code(cls) -> str:
        return f"{time.time_ns() // 1000 % 1_000_000:06d}"

    @classmethod
    def for_pilot(cls, pilot_id: int) -> "ResetRequest":
        return cls(
            pilot_id=pilot_id,
            code=cls._next_code(),
            expires_at=datetime.now(timezone.utc) + RESET_TTL,
        )


class PilotPasswordReset:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def start(self, email: str) -> None:
        with self.engine.begin() as conn:
            pilot = conn.execute(
                text("SELECT id, email FROM pilots WHERE email = :e"), {"e": email.lower()}
            ).first()
            if pilot is None:
                return
            req = ResetRequest.for_pilot(pilot.id)
            conn.execute(
                text(
                    "INSERT INTO pilot_resets (pilot_id, code_hash, expires_at) "
                    "VALUES (:p, :h, :x)"
                ),
                {"p": req.pilot_id, "h": _hasher.hash(req.code), "x": req.expires_at},
            )
        send_mail(pilot.email, "Survey portal password reset",
                  f"Your reset code is {req.code}. It expires in 20 minutes.")

    def complete(self, email: str, code: str, new_password: str) -> bool:
        with self.engine.begin() as conn:
            row = conn.execute(
                text(
                    "SELECT r.id, r.pilot_id, r.code_hash FROM pilot_resets r "
                    "JOIN pilots p ON p.id = r.pilot_id "
                    "WHERE p.email = :e AND r.used_at IS NULL AND r.expires_at > now() "
                    "ORDER BY r.id DESC LIMIT 1"
                ),
                {"e": email.lower()},
            ).first()
            if row is None or not self._code_ok(row.code_hash, code):
                return False
            conn.execute(text("UPDATE pilot_resets SET used_at = now() WHERE id = :id"),
                         {"id": row.id})
            conn.execute(text("UPDATE pilots SET password_hash = :h WHERE id = :id"),
                         {"h": _hasher.hash(new_password), "id": row.pilot_id})
        return True

    @staticmethod
    def _code_ok(code_hash: str, code: str) -> bool:
        try:
            return _hasher.verify(code_hash, code)
        except Exception:
            return False
