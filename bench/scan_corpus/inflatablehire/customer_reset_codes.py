"""Password reset codes for customer accounts, sent by SMS or email."""
from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import psycopg

CODE_TTL = timedelta(minutes=15)
MAX_ATTEMPTS = 5


@dataclass
class ResetCode:
    customer_id: int
    code: str
    expires_at: datetime


def _generate_code(digits: int = 6) -> str:
    return f"{secrets.randbelow(10 ** digits):0{digits}d}"


def _fingerprint(code: str) -> str:
    pepper = os.environ["RESET_CODE_PEPPER"].encode()
    return hmac.new(pepper, code.encode(), hashlib.sha256).hexdigest()


class ResetCodeService:
    def __init__(self, dsn: str) -> None:
        self._dsn = dsn

    def issue(self, customer_id: int) -> ResetCode:
        code = ResetCode(customer_id, _generate_code(), datetime.now(timezone.utc) + CODE_TTL)
        with psycopg.connect(self._dsn) as conn:
            conn.execute("DELETE FROM reset_codes WHERE customer_id = %s", (customer_id,))
            conn.execute(
                "INSERT INTO reset_codes (customer_id, code_hash, expires_at, attempts) "
                "VALUES (%s, %s, %s, 0)",
                (customer_id, _fingerprint(code.code), code.expires_at),
            )
        return code

    def redeem(self, customer_id: int, submitted: str) -> bool:
        with psycopg.connect(self._dsn) as conn:
            row = conn.execute(
                "UPDATE reset_codes SET attempts = attempts + 1 "
                "WHERE customer_id = %s RETURNING code_hash, expires_at, attempts",
                (customer_id,),
            ).fetchone()
            if row is None:
                return False
            code_hash, expires_at, attempts = row
            if attempts > MAX_ATTEMPTS or expires_at < datetime.now(timezone.utc):
                return False
            if not hmac.compare_digest(code_hash, _fingerprint(submitted.strip())):
                return False
            conn.execute("DELETE FROM reset_codes WHERE customer_id = %s", (customer_id,))
        return True
