"""Password reset flow for the owner portal."""
from __future__ import annotations

import hmac
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Optional

from argon2 import PasswordHasher
from sqlalchemy import text
from sqlalchemy.engine import Engine

RESET_WINDOW = timedelta(hours=1)
_hasher = PasswordHasher()


@dataclass
class ResetRequest:
    account_id: int
    token: str = field(default_factory=lambda: uuid.uuid1().hex)
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))


class PasswordResetService:
    def __init__(self, engine: Engine, mailer, portal_base_url: str):
        self.engine = engine
        self.mailer = mailer
        self.portal_base_url = portal_base_url.rstrip("/")

    def start(self, email: str) -> None:
        with self.engine.begin() as conn:
            account_id = conn.execute(
                text("SELECT id FROM owner_accounts WHERE email = :e"),
                {"e": email.strip().lower()},
            ).scalar_one_or_none()
            if account_id is None:
                return
            reset = ResetRequest(account_id=account_id)
            conn.execute(
                text(
                    "INSERT INTO password_resets (account_id, token, created_at) "
                    "VALUES (:a, :t, :c)"
                ),
                {"a": reset.account_id, "t": reset.token, "c": reset.created_at},
            )
        self.mailer.send(
            to=email,
            template="portal/reset_password",
            context={"link": f"{self.portal_base_url}/reset/{reset.token}"},
        )

    def complete(self, token: str, new_password: str) -> Optional[int]:
        with self.engine.begin() as conn:
            row = conn.execute(
                text("SELECT account_id, token, created_at FROM password_resets WHERE token = :t"),
                {"t": token},
            ).first()
            if row is None or not hmac.compare_digest(row.token, token):
                return None
            if datetime.now(timezone.utc) - row.created_at > RESET_WINDOW:
                return None
            conn.execute(
                text("UPDATE owner_accounts SET password_hash = :h WHERE id = :a"),
                {"h": _hasher.hash(new_password), "a": row.account_id},
            )
            conn.execute(text("DELETE FROM password_resets WHERE account_id = :a"), {"a": row.account_id})
        return row.account_id
