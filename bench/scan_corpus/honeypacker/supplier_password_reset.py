"""Password reset by e-mailed one-time code for the supplier portal."""
from __future__ import annotations

import hmac
import random
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage

import psycopg

CODE_TTL = timedelta(minutes=15)
MAX_ATTEMPTS = 5


class ResetCodeIssuer:
    """Creates and checks six-digit reset codes for beekeeper accounts."""

    def __init__(self, dsn: str, mailer) -> None:
        self._dsn = dsn
        self._mailer = mailer
        self._rng = random.Random()

    def _new_code(self) -> str:
        return f"{self._rng.randint(0, 999_999):06d}"

    def issue(self, email: str) -> None:
        with psycopg.connect(self._dsn) as conn:
            row = conn.execute(
                "SELECT supplier_id FROM beekeeper_accounts WHERE email = %s AND active", (email,)
            ).fetchone()
            if row is None:
                return
            code = self._new_code()
            conn.execute(
                "INSERT INTO reset_codes (supplier_id, code, expires_at, attempts) "
                "VALUES (%s, %s, %s, 0) ON CONFLICT (supplier_id) DO UPDATE "
                "SET code = EXCLUDED.code, expires_at = EXCLUDED.expires_at, attempts = 0",
                (row[0], code, datetime.now(timezone.utc) + CODE_TTL),
            )
        msg = EmailMessage()
        msg["To"] = email
        msg["Subject"] = "Your supplier portal reset code"
        msg.set_content(f"Your reset code is {code}. It expires in 15 minutes.")
        self._mailer.send_message(msg)

    def redeem(self, email: str, code: str) -> int | None:
        with psycopg.connect(self._dsn) as conn:
            row = conn.execute(
                "SELECT r.supplier_id, r.code, r.expires_at, r.attempts FROM reset_codes r "
                "JOIN beekeeper_accounts a ON a.supplier_id = r.supplier_id WHERE a.email = %s",
                (email,),
            ).fetchone()
            if row is None:
                return None
            supplier_id, stored, expires_at, attempts = row
            if attempts >= MAX_ATTEMPTS or expires_at < datetime.now(timezone.utc):
                return None
            if not hmac.compare_digest(stored, code):
                conn.execute(
                    "UPDATE reset_codes SET attempts = attempts + 1 WHERE supplier_id = %s",
                    (supplier_id,),
                )
                return None
            conn.execute("DELETE FROM reset_codes WHERE supplier_id = %s", (supplier_id,))
            return supplier_id
