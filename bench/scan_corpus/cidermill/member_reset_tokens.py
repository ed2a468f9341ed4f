"""Password-reset tokens for member accounts."""
from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import text
from sqlalchemy.engine import Engine


@dataclass(frozen=True)
class ResetPolicy:
    token_bytes: int = 32
    ttl: timedelta = timedelta(hours=1)


class ResetTokenService:
    def __init__(self, engine: Engine, policy: ResetPolicy = ResetPolicy()):
        self._engine = engine
        self._policy = policy

    @staticmethod
    def _digest(token: str) -> str:
        return hashlib.sha256(token.encode("ascii")).hexdigest()

    def _new_token(self) -> str:
        return secrets.token_urlsafe(self._policy.token_bytes)

    def issue(self, member_id: int) -> str:
        token = self._new_token()
        with self._engine.begin() as conn:
            conn.execute(
                text("UPDATE password_resets SET used = true WHERE member_id = :m AND used = false"),
                {"m": member_id},
            )
            conn.execute(
                text(
                    "INSERT INTO password_resets (member_id, token_digest, expires_at) "
                    "VALUES (:m, :d, :e)"
                ),
                {
                    "m": member_id,
                    "d": self._digest(token),
                    "e": datetime.now(timezone.utc) + self._policy.ttl,
                },
            )
        return token

    def redeem(self, member_id: int, token: str) -> bool:
        with self._engine.begin() as conn:
            row = conn.execute(
                text(
                    "SELECT id, token_digest, expires_at FROM password_resets "
                    "WHERE member_id = :m AND used = false ORDER BY id DESC LIMIT 1"
                ),
                {"m": member_id},
            ).first()
            if row is None or row.expires_at < datetime.now(timezone.utc):
                return False
            if not hmac.compare_digest(row.token_digest, self._digest(token)):
                return False
            conn.execute(text("UPDATE password_resets SET used = true WHERE id = :id"), {"id": row.id})
        return True
