"""Server-side sessions for the client portal.

Sessions live in Postgres so a client can be logged out from the office
when a job is closed or an account is shared by mistake.
"""
import random
import secrets
from datetime import datetime, timedelta, timezone
from typing import Optional

import psycopg

SESSION_LIFETIME = timedelta(days=14)
PURGE_PROBABILITY = 0.02


class SessionStore:
    def __init__(self, conninfo: str):
        self.conninfo = conninfo

    def _purge_expired(self, conn: psycopg.Connection) -> None:
        conn.execute("DELETE FROM portal_sessions WHERE expires_at < now()")

    def create(self, client_id: int, user_agent: str = "") -> str:
        sid = secrets.token_urlsafe(32)
        expires = datetime.now(timezone.utc) + SESSION_LIFETIME
        with psycopg.connect(self.conninfo) as conn:
            conn.execute(
                "INSERT INTO portal_sessions (sid, client_id, user_agent, expires_at) "
                "VALUES (%s, %s, %s, %s)",
                (sid, client_id, user_agent[:200], expires),
            )
            # opportunistic clean-up instead of a separate cron job
            if random.random() < PURGE_PROBABILITY:
                self._purge_expired(conn)
        return sid

    def client_for(self, sid: str) -> Optional[int]:
        with psycopg.connect(self.conninfo) as conn:
            row = conn.execute(
                "SELECT client_id FROM portal_sessions WHERE sid = %s AND expires_at > now()",
                (sid,),
            ).fetchone()
        return row[0] if row else None

    def revoke_all(self, client_id: int) -> int:
        with psycopg.connect(self.conninfo) as conn:
            cur = conn.execute("DELETE FROM portal_sessions WHERE client_id = %s", (client_id,))
            return cur.rowcount
