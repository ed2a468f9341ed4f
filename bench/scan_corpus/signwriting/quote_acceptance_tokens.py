"""Tokens embedded in quote emails so a customer can accept with one click."""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import psycopg

TOKEN_BYTES = 32
VALID_FOR = timedelta(days=30)


@dataclass
class IssuedToken:
    quote_id: int
    token: str
    expires_at: datetime


def _fingerprint(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


class QuoteAcceptanceTokens:
    def __init__(self, conn: psycopg.Connection) -> None:
        self.conn = conn

    @staticmethod
    def _new_token() -> str:
        return secrets.token_urlsafe(TOKEN_BYTES)

    def issue(self, quote_id: int) -> IssuedToken:
        token = self._new_token()
        expires = datetime.now(timezone.utc) + VALID_FOR
        with self.conn.transaction():
            self.conn.execute(
                "INSERT INTO quote_accept_tokens (quote_id, token_sha256, expires_at) "
                "VALUES (%s, %s, %s)",
                (quote_id, _fingerprint(token), expires),
            )
        return IssuedToken(quote_id, token, expires)

    def consume(self, token: str) -> int | None:
        with self.conn.transaction():
            row = self.conn.execute(
                "DELETE FROM quote_accept_tokens WHERE token_sha256 = %s AND expires_at > now() "
                "RETURNING quote_id",
                (_fingerprint(token),),
            ).fetchone()
        return row[0] if row else None
