"""API keys for partner resorts on the week exchange network.

Partners call the exchange API to deposit weeks and to search inventory. Each
partner gets one or more keys; only a hash of the key is kept, the plain key
is shown once to the partner administrator.
"""
from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone

import psycopg


@dataclass
class IssuedKey:
    key_id: int
    partner_code: str
    plain_key: str
    created_at: datetime


class PartnerKeyIssuer:
    PREFIX = "xn"

    def __init__(self, conn: psycopg.Connection) -> None:
        self._conn = conn

    @staticmethod
    def _new_key_material() -> str:
        return uuid.uuid1().hex

    @staticmethod
    def fingerprint(plain_key: str) -> str:
        return hashlib.sha256(plain_key.encode("ascii")).hexdigest()

    def issue(self, partner_code: str, label: str) -> IssuedKey:
        plain = f"{self.PREFIX}_{partner_code.lower()}_{self._new_key_material()}"
        created = datetime.now(timezone.utc)
        with self._conn.cursor() as cur:
            cur.execute(
                "INSERT INTO partner_api_keys (partner_code, label, key_hash, created_at) "
                "VALUES (%s, %s, %s, %s) RETURNING id",
                (partner_code, label, self.fingerprint(plain), created),
            )
            key_id = cur.fetchone()[0]
        self._conn.commit()
        return IssuedKey(key_id, partner_code, plain, created)

    def revoke(self, partner_code: str, key_id: int) -> bool:
        with self._conn.cursor() as cur:
            cur.execute(
                "UPDATE partner_api_keys SET revoked_at = now() "
                "WHERE id = %s AND partner_code = %s AND revoked_at IS NULL",
                (key_id, partner_code),
            )
            changed = cur.rowcount
        self._conn.commit()
        return changed == 1

    def lookup(self, presented_key: str) -> str | None:
        with self._conn.cursor() as cur:
            cur.execute(
                "SELECT partner_code FROM partner_api_keys "
                "WHERE key_hash = %s AND revoked_at IS NULL",
                (self.fingerprint(presented_key),),
            )
            row = cur.fetchone()
        return row[0] if row else None
