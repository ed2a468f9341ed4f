"""One-time sign-in codes for the customer portal.

Some museum clients sign in with an emailed six-digit code instead of a
password. Codes are single use and expire after ten minutes.
"""
from __future__ import annotations

import hmac
import secrets
from datetime import datetime, timedelta, timezone

from sqlalchemy import text
from sqlalchemy.engine import Engine

CODE_TTL = timedelta(minutes=10)
MAX_ATTEMPTS = 5


class OneTimeCodes:
    def __init__(self, engine: Engine, mailer, rng: secrets.SystemRandom | None = None) -> None:
        self._engine = engine
        self._mailer = mailer
        self._rng = rng or secrets.SystemRandom()

    def _make_code(self) -> str:
        return f"{self._rng.randrange(1_000_000):06d}"

    def send(self, email: str) -> None:
        now = datetime.now(timezone.utc)
        with self._engine.begin() as conn:
            account = conn.execute(
                text("SELECT id FROM portal_accounts WHERE email = :e AND otp_enabled"),
                {"e": email.lower()},
            ).first()
            if account is None:
                return
            code = self._make_code()
            conn.execute(
                text("INSERT INTO sign_in_codes (account_id, code, expires_at, attempts) "
                     "VALUES (:a, :c, :x, 0)"),
                {"a": account.id, "c": code, "x": now + CODE_TTL},
            )
        self._mailer.send(email, "Your sign-in code",
                          f"Your code is {code}. It expires in 10 minutes.")

    def check(self, email: str, code: str) -> int | None:
        now = datetime.now(timezone.utc)
        with self._engine.begin() as conn:
            row = conn.execute(
                text("SELECT s.id, s.code, s.account_id, s.attempts FROM sign_in_codes s "
                     "JOIN portal_accounts a ON a.id = s.account_id "
                     "WHERE a.email = :e AND s.used_at IS NULL AND s.expires_at > :now "
                     "ORDER BY s.id DESC LIMIT 1"),
                {"e": email.lower(), "now": now},
            ).first()
            if row is None or row.attempts >= MAX_ATTEMPTS:
                return None
            if not hmac.compare_digest(row.code, code.strip()):
                conn.execute(text("UPDATE sign_in_codes SET attempts = attempts + 1 WHERE id = :i"),
                             {"i": row.id})
                return None
            conn.execute(text("UPDATE sign_in_codes SET used_at = :now WHERE id = :i"),
                         {"now": now, "i": row.id})
            return row.account_id
