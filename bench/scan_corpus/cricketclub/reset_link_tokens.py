"""Password reset links for scorer and umpire accounts."""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Callable

import psycopg

RESET_TTL = timedelta(minutes=30)


def _default_token() -> str:
    return secrets.token_urlsafe(32)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


@dataclass
class ResetLinkService:
    conninfo: str
    base_url: str
    token_factory: Callable[[], str] = field(default=_default_token)
    ttl: timedelta = RESET_TTL

    def issue(self, account_id: int) -> str:
        token = self.token_factory()
        expires = datetime.now(timezone.utc) + self.ttl
        with psycopg.connect(self.conninfo) as conn:
            conn.execute("DELETE FROM scorer_resets WHERE account_id = %s", (account_id,))
            conn.execute(
                "INSERT INTO scorer_resets (account_id, token_digest, expires_at) "
                "VALUES (%s, %s, %s)",
                (account_id, _digest(token), expires),
            )
        return f"{self.base_url.rstrip('/')}/scorers/reset/{token}"

    def redeem(self, token: str) -> int | None:
        with psycopg.connect(self.conninfo) as conn:
            row = conn.execute(
                "DELETE FROM scorer_resets WHERE token_digest = %s "
                "RETURNING account_id, expires_at",
                (_digest(token),),
            ).fetchone()
        if row is None:
            return None
        account_id, expires_at = row
        return account_id if expires_at >= datetime.now(timezone.utc) else None
