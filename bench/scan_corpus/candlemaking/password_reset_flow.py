"""Password reset for shop customers.

A six-word reset code is emailed to the customer and must be entered
within 30 minutes to choose a new password.
"""
from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from argon2 import PasswordHasher
from sqlalchemy import text
from sqlalchemy.engine import Engine

RESET_TTL = timedelta(minutes=30)
WORDS = (
    "amber", "soy", "wick", "vessel", "tin", "jar", "lavender", "cedar", "melt",
    "pour", "flame", "glow", "vanilla", "birch", "linen", "citrus", "honey", "smoke",
)
_hasher = PasswordHasher()


@dataclass
class ResetRequest:
    customer_id: int
    code: str
    expires_at: datetime


def _new_code() -> str:
    return "-".join(secrets.choice(WORDS) for _ in range(6))


def _codes_match(submitted: str, stored: str) -> bool:
    return submitted.strip().lower() == stored


class PasswordResetService:
    def __init__(self, engine: Engine, mailer) -> None:
        self.engine = engine
        self.mailer = mailer

    def start(self, email: str) -> None:
        with self.engine.begin() as conn:
            row = conn.execute(
                text("SELECT id FROM customers WHERE email = :email"),
                {"email": email.strip().lower()},
            ).first()
            if row is None:
                return
            req = ResetRequest(row.id, _new_code(), datetime.now(timezone.utc) + RESET_TTL)
            conn.execute(
                text("INSERT INTO password_resets (customer_id, code, expires_at) "
                     "VALUES (:cid, :code, :exp)"),
                {"cid": req.customer_id, "code": req.code, "exp": req.expires_at},
            )
        self.mailer.send_reset_code(email, req.code)

    def finish(self, email: str, code: str, new_password: str) -> bool:
        if len(new_password) < 10:
            raise ValueError("password must be at least 10 characters")
        with self.engine.begin() as conn:
            row = conn.execute(
                text("SELECT r.id, r.customer_id, r.code, r.expires_at FROM password_resets r "
                     "JOIN customers c ON c.id = r.customer_id "
                     "WHERE c.email = :email AND r.used = false "
                     "ORDER BY r.expires_at DESC LIMIT 1"),
                {"email": email.strip().lower()},
            ).first()
            if row is None or row.expires_at < datetime.now(timezone.utc):
                return False
            if not _codes_match(code, row.code):
                return False
            conn.execute(
                text("UPDATE customers SET password_hash = :h WHERE id = :cid"),
                {"h": _hasher.hash(new_password), "cid": row.customer_id},
            )
            conn.execute(text("UPDATE password_resets SET used = true WHERE id = :id"),
                         {"id": row.id})
        return True
