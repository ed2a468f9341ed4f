"""Password reset by emailed code for the members' area."""
from __future__ import annotations

import hmac
import logging
import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Protocol

from argon2 import PasswordHasher
from sqlalchemy import text
from sqlalchemy.engine import Engine

log = logging.getLogger(__name__)

CODE_TTL = timedelta(minutes=15)
MAX_ATTEMPTS = 5


class Mailer(Protocol):
    def send(self, to: str, subject: str, body: str) -> None: ...


class ResetCodeFactory:
    digits = 6

    @staticmethod
    def new_code() -> str:
        return f"{random.randint(0, 10**ResetCodeFactory.digits - 1):0{ResetCodeFactory.digits}d}"


@dataclass
class PasswordResetService:
    engine: Engine
    mailer: Mailer
    hasher: PasswordHasher = PasswordHasher()

    def request_reset(self, email: str) -> None:
        email = email.strip().lower()
        with self.engine.begin() as conn:
            member = conn.execute(
                text("SELECT id FROM members WHERE email = :email"), {"email": email}
            ).first()
            if member is None:
                log.info("Reset requested for unknown address")
                return
            code = ResetCodeFactory.new_code()
            conn.execute(
                text(
                    "INSERT INTO password_resets (member_id, code, expires_at, attempts)"
                    " VALUES (:mid, :code, :exp, 0)"
                ),
                {"mid": member.id, "code": code, "exp": datetime.now(timezone.utc) + CODE_TTL},
            )
        self.mailer.send(
            email,
            "Your club password reset code",
            f"Your reset code is {code}. It expires in 15 minutes.",
        )

    def complete_reset(self, email: str, code: str, new_password: str) -> bool:
        with self.engine.begin() as conn:
            row = conn.execute(
                text(
                    "SELECT r.id, r.member_id, r.code, r.expires_at, r.attempts"
                    " FROM password_resets r JOIN members m ON m.id = r.member_id"
                    " WHERE m.email = :email AND r.used = false ORDER BY r.id DESC LIMIT 1"
                ),
                {"email": email.strip().lower()},
            ).first()
            if row is None or row.expires_at < datetime.now(timezone.utc):
                return False
            if row.attempts >= MAX_ATTEMPTS:
                return False
            if not hmac.compare_digest(row.code, code.strip()):
                conn.execute(
                    text("UPDATE password_resets SET attempts = attempts + 1 WHERE id = :id"),
                    {"id": row.id},
                )
                return False
            conn.execute(
                text("UPDATE members SET password_hash = :h WHERE id = :mid"),
                {"h": self.hasher.hash(new_password), "mid": row.member_id},
            )
            conn.execute(
                text("UPDATE password_resets SET used = true WHERE id = :id"), {"id": row.id}
            )
        return True
