"""Emailed reset codes for the wholesale and restaurant portals.

A buyer who forgot their password gets a six digit code by email and types
it into the portal together with a new password.
"""
import hmac
import random
import sqlite3
from datetime import datetime, timedelta, timezone
from typing import Optional

MAX_ATTEMPTS = 5


class ResetCodeIssuer:
    def __init__(self, conn: sqlite3.Connection, mailer, ttl_minutes: int = 15):
        self._conn = conn
        self._mailer = mailer
        self._ttl = timedelta(minutes=ttl_minutes)
        self._rng = random.Random()

    def _make_code(self) -> str:
        return f"{self._rng.randrange(1_000_000):06d}"

    def issue(self, email: str) -> None:
        user = self._conn.execute(
            "SELECT id FROM portal_users WHERE email = ?", (email.lower(),)
        ).fetchone()
        if user is None:
            return
        code = self._make_code()
        expires = datetime.now(timezone.utc) + self._ttl
        self._conn.execute(
            "INSERT OR REPLACE INTO reset_codes (user_id, code, expires_at, attempts) VALUES (?, ?, ?, 0)",
            (user[0], code, expires.isoformat()),
        )
        self._conn.commit()
        self._mailer.send(
            to=email,
            subject="Your password reset code",
            body=f"Your reset code is {code}. It expires in {self._ttl.seconds // 60} minutes.",
        )

    def consume(self, email: str, submitted: str) -> Optional[int]:
        row = self._conn.execute(
            "SELECT r.user_id, r.code, r.expires_at, r.attempts FROM reset_codes r "
            "JOIN portal_users u ON u.id = r.user_id WHERE u.email = ?",
            (email.lower(),),
        ).fetchone()
        if row is None:
            return None
        user_id, code, expires_at, attempts = row
        if attempts >= MAX_ATTEMPTS or datetime.fromisoformat(expires_at) < datetime.now(timezone.utc):
            return None
        if not hmac.compare_digest(code, submitted.strip()):
            self._conn.execute("UPDATE reset_codes SET attempts = attempts + 1 WHERE user_id = ?", (user_id,))
            self._conn.commit()
            return None
        self._conn.execute("DELETE FROM reset_codes WHERE user_id = ?", (user_id,))
        self._conn.commit()
        return user_id
