"""One-time tokens that let a customer accept a signed quote by email.

The token goes in the "Accept quote" button of the quotation email; using
it books the site survey and raises the deposit invoice.
"""
import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import psycopg

TOKEN_BYTES = 32
TOKEN_TTL = timedelta(days=21)


@dataclass
class AcceptanceToken:
    quote_id: int
    raw: str
    expires_at: datetime


def _fingerprint(raw: str) -> str:
    # only a digest of the token is stored; the raw value lives in the email
    return hashlib.sha256(raw.encode()).hexdigest()


class AcceptanceTokenService:
    def __init__(self, conninfo: str):
        self.conninfo = conninfo

    def issue(self, quote_id: int) -> AcceptanceToken:
        raw = secrets.token_urlsafe(TOKEN_BYTES)
        expires = datetime.now(timezone.utc) + TOKEN_TTL
        with psycopg.connect(self.conninfo) as conn:
            conn.execute(
                "INSERT INTO quote_accept_tokens (quote_id, token_sha256, expires_at) "
                "VALUES (%s, %s, %s)",
                (quote_id, _fingerprint(raw), expires),
            )
        return AcceptanceToken(quote_id, raw, expires)

    def redeem(self, raw: str) -> int | None:
        with psycopg.connect(self.conninfo) as conn:
            row = conn.execute(
                "UPDATE quote_accept_tokens SET used_at = now() "
                "WHERE token_sha256 = %s AND used_at IS NULL AND expires_at > now() "
                "RETURNING quote_id",
                (_fingerprint(raw),),
            ).fetchone()
        return row[0] if row else None
