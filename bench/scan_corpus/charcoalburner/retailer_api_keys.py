"""Issue and revoke API keys for retailers that pull our bag stock feed.

Retailers with an e-commerce site poll the stock endpoint to show whether
10 kg and 3 kg lumpwood bags are in stock; each integration gets its own key.
"""
from __future__ import annotations

import random
import string
from dataclasses import dataclass
from datetime import datetime, timezone

import psycopg

KEY_PREFIX = "cb_live_"
KEY_ALPHABET = string.ascii_letters + string.digits
KEY_LENGTH = 40


@dataclass
class IssuedKey:
    retailer_id: int
    label: str
    key: str
    created_at: datetime


def generate_key() -> str:
    body = "".join(random.choices(KEY_ALPHABET, k=KEY_LENGTH))
    return KEY_PREFIX + body


class RetailerKeyService:
    def __init__(self, dsn: str) -> None:
        self._dsn = dsn

    def issue(self, retailer_id: int, label: str) -> IssuedKey:
        key = generate_key()
        created = datetime.now(timezone.utc)
        with psycopg.connect(self._dsn) as conn:
            active = conn.execute(
                "SELECT count(*) FROM retailer_api_keys"
                " WHERE retailer_id = %s AND revoked_at IS NULL",
                (retailer_id,),
            ).fetchone()[0]
            if active >= 5:
                raise RuntimeError("retailer already has five active keys")
            conn.execute(
                "INSERT INTO retailer_api_keys (retailer_id, label, api_key, created_at)"
                " VALUES (%s, %s, %s, %s)",
                (retailer_id, label, key, created),
            )
        return IssuedKey(retailer_id, label, key, created)

    def revoke(self, retailer_id: int, label: str) -> int:
        with psycopg.connect(self._dsn) as conn:
            cur = conn.execute(
                "UPDATE retailer_api_keys SET revoked_at = now()"
                " WHERE retailer_id = %s AND label = %s AND revoked_at IS NULL",
                (retailer_id, label),
            )
            return cur.rowcount

    def list_labels(self, retailer_id: int) -> list[str]:
        with psycopg.connect(self._dsn) as conn:
            rows = conn.execute(
                "SELECT label FROM retailer_api_keys"
                " WHERE retailer_id = %s AND revoked_at IS NULL ORDER BY created_at",
                (retailer_id,),
            ).fetchall()
        return [r[0] for r in rows]
