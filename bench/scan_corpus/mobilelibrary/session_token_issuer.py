"""Server-side sessions for staff tablets that work offline between stops.

A tablet gets an opaque session token at sign-in; the token is kept in the
tablet's secure storage and sent as a bearer token.  The server keeps only a
digest so a database leak does not expose live sessions.
"""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import redis

SESSION_TTL = timedelta(hours=12)
TOKEN_BYTES = 32


@dataclass(frozen=True)
class TabletSession:
    token: str
    staff_id: int
    van_code: str
    expires_at: datetime


class SessionTokenIssuer:
    def __init__(self, client: redis.Redis, ttl: timedelta = SESSION_TTL) -> None:
        self.r = client
        self.ttl = ttl

    @staticmethod
    def _new_token() -> str:
        return secrets.token_urlsafe(TOKEN_BYTES)

    @staticmethod
    def _key(token: str) -> str:
        return "tabsess:" + hashlib.sha256(token.encode("ascii")).hexdigest()

    def issue(self, staff_id: int, van_code: str) -> TabletSession:
        token = self._new_token()
        expires = datetime.now(timezone.utc) + self.ttl
        self.r.hset(self._key(token), mapping={"staff_id": staff_id, "van": van_code})
        self.r.expire(self._key(token), int(self.ttl.total_seconds()))
        return TabletSession(token, staff_id, van_code, expires)

    def resolve(self, token: str) -> tuple[int, str] | None:
        data = self.r.hgetall(self._key(token))
        if not data:
            return None
        return int(data[b"staff_id"]), data[b"van"].decode()

    def revoke(self, token: str) -> None:
        self.r.delete(self._key(token))
