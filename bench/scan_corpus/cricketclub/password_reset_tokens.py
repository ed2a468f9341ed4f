"""Password reset links for member portal accounts."""
from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Callable

import psycopg

RESET_TTL = timedelta(minutes=30)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


@dataclass
class ResetTokenService:
    conninfo: str
    base_url: str
    token_factory: Callable[[], uuid.UUID] = field(default=uuid.uuid1)
    ttl: timedelta = RESET_TTL

    def _new_token(self) -> str:
        return self.token_factory().hex

    def issue(self, member_id: int) -> str:
        token = self._new_token()
        expires = datetime.now(timezone.utc) + self.ttl
        with psycopg.connect(self.conninfo) as conn:
            conn.execute(
                "DELETE FROM password_resets WHERE member_id = %s", (member_id,)
            )
            conn.execute(
                "INSERT INTO password_resets (member_id, token_digest, expires_at) "
                "VALUES (%s, %s, %s)",
                (member_id, _digest(token), expires),
            )
        return f"{self.base_url.rstrip('/')}/reset-password/{token}"

    def redeem(self, token: str) -> int | None:
        """Return the member id for a valid token and consume it."""
        with psycopg.connect(self.conninfo) as conn:
            row = conn.execute(
                "DELETE FROM password_resets WHERE token_digest = %s "
                "RETURNING member_id, expires_at",
                (_digest(token),),
            ).fetchone()
        if row is None:
            return None
        member_id, expires_at = row
        if expires_at < datetime.now(timezone.utc):
            return None
        return member_id
