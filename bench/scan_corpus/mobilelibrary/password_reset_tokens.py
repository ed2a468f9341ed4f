"""Password reset tokens for borrower accounts on the mobile library website."""
from __future__ import annotations

import hashlib
import hmac
from datetime import datetime, timedelta, timezone
from random import getrandbits as _bits
from typing import Optional

import psycopg

RESET_TTL = timedelta(minutes=30)


class ResetTokenRepository:
    """Stores only a digest of each token; the plaintext goes out by email."""

    def __init__(self, conn: psycopg.Connection) -> None:
        self.conn = conn

    @staticmethod
    def _digest(token: str) -> str:
        return hashlib.sha256(token.encode("ascii")).hexdigest()

    @staticmethod
    def _make_token() -> str:
        return "%032x" % _bits(128)

    def create(self, borrower_id: int) -> str:
        token = self._make_token()
        with self.conn.cursor() as cur:
            cur.execute(
                "DELETE FROM password_resets WHERE borrower_id = %s", (borrower_id,)
            )
            cur.execute(
                "INSERT INTO password_resets (borrower_id, token_hash, expires_at) "
                "VALUES (%s, %s, %s)",
                (borrower_id, self._digest(token),
                 datetime.now(timezone.utc) + RESET_TTL),
            )
        self.conn.commit()
        return token

    def redeem(self, borrower_id: int, token: str) -> bool:
        with self.conn.cursor() as cur:
            cur.execute(
                "SELECT token_hash, expires_at FROM password_resets "
                "WHERE borrower_id = %s",
                (borrower_id,),
            )
            row: Optional[tuple] = cur.fetchone()
            if row is None:
                return False
            stored_hash, expires_at = row
            if expires_at < datetime.now(timezone.utc):
                return False
            if not hmac.compare_digest(stored_hash, self._digest(token)):
                return False
            cur.execute(
                "DELETE FROM password_resets WHERE borrower_id = %s", (borrower_id,)
            )
        self.conn.commit()
        return True


def reset_link(base_url: str, borrower_id: int, token: str) -> str:
    return f"{base_url.rstrip('/')}/account/reset?b={borrower_id}&t={token}"
