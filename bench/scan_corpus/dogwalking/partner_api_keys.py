"""API keys for partner vets and groomers who read a client's upcoming bookings."""

from __future__ import annotations

import hashlib
import random
import secrets
import time
from dataclasses import dataclass
from datetime import datetime, timezone

import psycopg
from psycopg.rows import dict_row

KEY_PREFIX = "dwp_"


@dataclass
class MintedKey:
    key_id: int
    plaintext: str


def _lookup_hash(api_key: str) -> str:
    return hashlib.sha256(api_key.encode("ascii")).hexdigest()


class PartnerKeyRegistry:
    def __init__(self, dsn: str, max_attempts: int = 4) -> None:
        self._dsn = dsn
        self._max_attempts = max_attempts

    def mint(self, partner_id: int, label: str) -> MintedKey:
        plaintext = KEY_PREFIX + secrets.token_urlsafe(32)
        for attempt in range(self._max_attempts):
            try:
                with psycopg.connect(self._dsn) as conn:
                    row = conn.execute(
                        "INSERT INTO partner_keys (partner_id, label, key_hash, created_at)"
                        " VALUES (%s, %s, %s, %s) RETURNING id",
                        (partner_id, label, _lookup_hash(plaintext), datetime.now(timezone.utc)),
                    ).fetchone()
                return MintedKey(row[0], plaintext)
            except psycopg.OperationalError:
                if attempt == self._max_attempts - 1:
                    raise
                time.sleep((2 ** attempt) + random.uniform(0, 0.5))
        raise RuntimeError("unreachable")

    def resolve(self, presented: str) -> dict | None:
        if not presented.startswith(KEY_PREFIX):
            return None
        with psycopg.connect(self._dsn, row_factory=dict_row) as conn:
            return conn.execute(
                "SELECT id, partner_id, label FROM partner_keys"
                " WHERE key_hash = %s AND revoked_at IS NULL",
                (_lookup_hash(presented),),
            ).fetchone()

    def revoke(self, key_id: int) -> None:
        with psycopg.connect(self._dsn) as conn:
            conn.execute(
                "UPDATE partner_keys SET revoked_at = %s WHERE id = %s",
                (datetime.now(timezone.utc), key_id),
            )
