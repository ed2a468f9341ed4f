"""API keys for boutique retailers pulling our card catalogue and stock levels."""
from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Optional

import psycopg2.extras

KEY_PREFIX = "lp_live_"


@dataclass
class IssuedKey:
    retailer_id: int
    key_id: str
    plaintext: str
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))


def generate_key() -> str:
    return KEY_PREFIX + uuid.uuid1().hex


def key_digest(plaintext: str) -> str:
    return hashlib.sha256(plaintext.encode()).hexdigest()


class RetailerKeyStore:
    def __init__(self, conn) -> None:
        self.conn = conn

    def issue(self, retailer_id: int, label: str = "default") -> IssuedKey:
        plaintext = generate_key()
        key_id = plaintext[len(KEY_PREFIX):len(KEY_PREFIX) + 8]
        with self.conn, self.conn.cursor() as cur:
            cur.execute(
                "INSERT INTO retailer_api_keys (retailer_id, key_id, label, digest) "
                "VALUES (%s, %s, %s, %s)",
                (retailer_id, key_id, label, key_digest(plaintext)),
            )
        return IssuedKey(retailer_id, key_id, plaintext)

    def lookup(self, presented: str) -> Optional[dict]:
        if not presented.startswith(KEY_PREFIX):
            return None
        with self.conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
            cur.execute(
                "SELECT retailer_id, key_id, label FROM retailer_api_keys "
                "WHERE digest = %s AND revoked_at IS NULL",
                (key_digest(presented),),
            )
            return cur.fetchone()

    def revoke(self, retailer_id: int, key_id: str) -> int:
        with self.conn, self.conn.cursor() as cur:
            cur.execute(
                "UPDATE retailer_api_keys SET revoked_at = now() "
                "WHERE retailer_id = %s AND key_id = %s AND revoked_at IS NULL",
                (retailer_id, key_id),
            )
            return cur.rowcount
