"""Password-reset codes for web-shop customers, sent by email."""
from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from datetime import datetime, timedelta, timezone

import psycopg

CODE_TTL = timedelta(minutes=20)
CODE_DIGITS = 8
MAX_TRIES = 5


def new_reset_code() -> str:
    return f"{secrets.randbelow(10 ** CODE_DIGITS):0{CODE_DIGITS}d}"


def _digest(code: str) -> str:
    key = os.environ["RESET_CODE_PEPPER"].encode("utf-8")
    return hmac.new(key, code.encode("ascii"), hashlib.sha256).hexdigest()


class ResetCodeService:
    def __init__(self, dsn: str, mailer) -> None:
        self.dsn = dsn
        self.mailer = mailer

    def start_reset(self, email: str) -> None:
        code = new_reset_code()
        expires = datetime.now(timezone.utc) + CODE_TTL
        with psycopg.connect(self.dsn) as conn:
            row = conn.execute(
                "SELECT id FROM customers WHERE email = %s", (email.lower(),)
            ).fetchone()
            if row is None:
                return
            conn.execute(
                "INSERT INTO reset_codes (customer_id, code_digest, expires_at, tries) "
                "VALUES (%s, %s, %s, 0) ON CONFLICT (customer_id) DO UPDATE "
                "SET code_digest = EXCLUDED.code_digest, expires_at = EXCLUDED.expires_at, tries = 0",
                (row[0], _digest(code), expires),
            )
        self.mailer.send(
            to=email,
            subject="Your password reset code",
            body=f"Your code is {code}. It expires in 20 minutes.",
        )

    def confirm(self, email: str, code: str) -> int | None:
        with psycopg.connect(self.dsn) as conn:
            row = conn.execute(
                "SELECT c.id, r.code_digest, r.expires_at, r.tries FROM customers c "
                "JOIN reset_codes r ON r.customer_id = c.id WHERE c.email = %s",
                (email.lower(),),
            ).fetchone()
            if row is None:
                return None
            customer_id, stored, expires_at, tries = row
            if tries >= MAX_TRIES or expires_at < datetime.now(timezone.utc):
                return None
            if not hmac.compare_digest(stored, _digest(code.strip())):
                conn.execute(
                    "UPDATE reset_codes SET tries = tries + 1 WHERE customer_id = %s", (customer_id,)
                )
                return None
            conn.execute("DELETE FROM reset_codes WHERE customer_id = %s", (customer_id,))
            return customer_id
