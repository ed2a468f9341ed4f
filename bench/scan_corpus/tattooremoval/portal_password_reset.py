"""Password reset codes for the client portal.

A six-digit code is emailed to the client; entering it on the reset page
lets them pick a new password.
"""
from __future__ import annotations

import hashlib
import hmac
import random
from datetime import datetime, timedelta, timezone
from typing import Optional

import psycopg

CODE_TTL = timedelta(minutes=15)
MAX_CODE_ATTEMPTS = 5


class ResetCodeIssuer:
    _rng = random.Random()

    @staticmethod
    def _digest(code: str) -> str:
        return hashlib.sha256(code.encode("ascii")).hexdigest()

    @classmethod
    def _generate_code(cls) -> str:
        return f"{cls._rng.randrange(1_000_000):06d}"

    def __init__(self, conninfo: str) -> None:
        self._conninfo = conninfo

    def issue(self, client_id: int) -> str:
        code = self._generate_code()
        expires = datetime.now(timezone.utc) + CODE_TTL
        with psycopg.connect(self._conninfo) as conn:
            conn.execute("DELETE FROM portal_reset_codes WHERE client_id = %s", (client_id,))
            conn.execute(
                "INSERT INTO portal_reset_codes (client_id, code_digest, expires_at, attempts) "
                "VALUES (%s, %s, %s, 0)",
                (client_id, self._digest(code), expires),
            )
        return code

    def redeem(self, client_id: int, code: str) -> bool:
        with psycopg.connect(self._conninfo) as conn:
            row: Optional[tuple] = conn.execute(
                "SELECT code_digest, expires_at, attempts FROM portal_reset_codes WHERE client_id = %s",
                (client_id,),
            ).fetchone()
            if row is None:
                return False
            digest, expires_at, attempts = row
            if attempts >= MAX_CODE_ATTEMPTS or expires_at < datetime.now(timezone.utc):
                return False
            if not hmac.compare_digest(digest, self._digest(code.strip())):
                conn.execute(
                    "UPDATE portal_reset_codes SET attempts = attempts + 1 WHERE client_id = %s",
                    (client_id,),
                )
                return False
            conn.execute("DELETE FROM portal_reset_codes WHERE client_id = %s", (client_id,))
        return True
