"""Server-side sessions for the restaurant ordering portal.

The session cookie carries "<session id>.<token>"; the database keeps the
session id and a digest of the token. Sessions slide forward on use and
expire after two weeks of inactivity.
"""
import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Optional

import psycopg2

IDLE_LIMIT = timedelta(days=14)


@dataclass
class PortalSession:
    session_id: int
    user_id: int
    restaurant_id: int


def _token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class SessionStore:
    def __init__(self, dsn: str):
        self._dsn = dsn

    def open(self, user_id: int, restaurant_id: int) -> str:
        token = secrets.token_urlsafe(32)
        with psycopg2.connect(self._dsn) as conn, conn.cursor() as cur:
            cur.execute(
                "INSERT INTO portal_sessions (user_id, restaurant_id, token_digest, last_seen) "
                "VALUES (%s, %s, %s, now()) RETURNING id",
                (user_id, restaurant_id, _token_digest(token)),
            )
            session_id = cur.fetchone()[0]
        return f"{session_id}.{token}"

    def resolve(self, cookie_value: str) -> Optional[PortalSession]:
        sid, _, token = cookie_value.partition(".")
        if not sid.isdigit() or not token:
            return None
        with psycopg2.connect(self._dsn) as conn, conn.cursor() as cur:
            cur.execute(
                "SELECT user_id, restaurant_id, token_digest, last_seen FROM portal_sessions WHERE id = %s",
                (int(sid),),
            )
            row = cur.fetchone()
            if row is None:
                return None
            user_id, restaurant_id, digest, last_seen = row
            if not secrets.compare_digest(_token_digest(token), digest):
                return None
            if datetime.now(timezone.utc) - last_seen > IDLE_LIMIT:
                cur.execute("DELETE FROM portal_sessions WHERE id = %s", (int(sid),))
                return None
            cur.execute("UPDATE portal_sessions SET last_seen = now() WHERE id = %s", (int(sid),))
        return PortalSession(int(sid), user_id, restaurant_id)

    def close(self, cookie_value: str) -> None:
        sid = cookie_value.partition(".")[0]
        if sid.isdigit():
            with psycopg2.connect(self._dsn) as conn, conn.cursor() as cur:
                cur.execute("DELETE FROM portal_sessions WHERE id = %s", (int(sid),))
