"""One-time download links for landlord lease statements.

Landlords without a portal login receive their quarterly statement as an
e-mailed link.  The link carries a random token that is stored hashed and
expires after 14 days or on first use.
"""
from __future__ import annotations

import hashlib
import secrets
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

TOKEN_BYTES = 32
LINK_TTL = timedelta(days=14)


@dataclass
class StatementLink:
    url: str
    expires_at: datetime


class StatementLinkService:
    def __init__(self, db_path: str, public_base: str) -> None:
        self._db_path = db_path
        self._public_base = public_base.rstrip("/")

    def _conn(self) -> sqlite3.Connection:
        return sqlite3.connect(self._db_path)

    @staticmethod
    def _digest(token: str) -> str:
        return hashlib.sha256(token.encode("ascii")).hexdigest()

    def issue(self, landlord_id: int, statement_id: int) -> StatementLink:
        token = secrets.token_urlsafe(TOKEN_BYTES)
        expires = datetime.now(timezone.utc) + LINK_TTL
        with self._conn() as conn:
            conn.execute(
                "INSERT INTO statement_links (token_sha256, landlord_id, statement_id, expires_at) "
                "VALUES (?, ?, ?, ?)",
                (self._digest(token), landlord_id, statement_id, expires.isoformat()),
            )
        return StatementLink(url=f"{self._public_base}/statements/{token}", expires_at=expires)

    def redeem(self, token: str) -> int | None:
        with self._conn() as conn:
            row = conn.execute(
                "SELECT statement_id, expires_at FROM statement_links "
                "WHERE token_sha256 = ? AND used_at IS NULL",
                (self._digest(token),),
            ).fetchone()
            if row is None:
                return None
            if datetime.fromisoformat(row[1]) < datetime.now(timezone.utc):
                return None
            conn.execute(
                "UPDATE statement_links SET used_at = ? WHERE token_sha256 = ?",
                (datetime.now(timezone.utc).isoformat(), self._digest(token)),
            )
            return row[0]
