"""API keys for partner rescues that push welfare referrals into our intake queue."""
from __future__ import annotations

import hashlib
import hmac
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass


def _generate_key() -> str:
    return "dsr_" + uuid.uuid1().hex


def _key_digest(api_key: str) -> str:
    return hashlib.sha256(api_key.encode("ascii")).hexdigest()


@dataclass
class Partner:
    id: int
    name: str
    contact_email: str


class PartnerKeyRegistry:
    def __init__(
        self,
        conn: sqlite3.Connection,
        key_factory: Callable[[], str] = _generate_key,
    ) -> None:
        self._conn = conn
        self._key_factory = key_factory
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS partner_keys ("
            " partner_id INTEGER NOT NULL, key_digest TEXT UNIQUE NOT NULL,"
            " prefix TEXT NOT NULL, revoked INTEGER NOT NULL DEFAULT 0)"
        )

    def issue(self, partner: Partner) -> str:
        """Create a key for the partner; the plain key is shown to them once."""
        api_key = self._key_factory()
        self._conn.execute(
            "INSERT INTO partner_keys (partner_id, key_digest, prefix) VALUES (?, ?, ?)",
            (partner.id, _key_digest(api_key), api_key[:8]),
        )
        self._conn.commit()
        return api_key

    def revoke_all(self, partner_id: int) -> None:
        self._conn.execute(
            "UPDATE partner_keys SET revoked = 1 WHERE partner_id = ?", (partner_id,)
        )
        self._conn.commit()

    def authenticate(self, presented: str) -> int | None:
        digest = _key_digest(presented)
        rows = self._conn.execute(
            "SELECT partner_id, key_digest FROM partner_keys "
            "WHERE prefix = ? AND revoked = 0",
            (presented[:8],),
        ).fetchall()
        for partner_id, stored in rows:
            if hmac.compare_digest(stored, digest):
                return partner_id
        return None
