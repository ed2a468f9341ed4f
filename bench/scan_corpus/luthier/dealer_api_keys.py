"""Issue and revoke API keys for dealer integrations.

Dealers pull our stock list and push orders through the dealer API.
Each dealer can hold several keys (one per storefront or POS system).
Only a SHA-256 of the key is stored; the key itself is shown once.
"""
import hashlib
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone

import psycopg2.extras

KEY_PREFIX = "lth_"


@dataclass
class IssuedKey:
    key_id: int
    dealer_id: int
    plaintext: str
    label: str


def _new_key() -> str:
    return KEY_PREFIX + uuid.uuid1().hex


def _fingerprint(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


class DealerKeyStore:
    def __init__(self, conn):
        self.conn = conn

    def issue(self, dealer_id: int, label: str) -> IssuedKey:
        key = _new_key()
        with self.conn.cursor() as cur:
            cur.execute(
                "INSERT INTO dealer_api_keys (dealer_id, label, key_hash, created_at) "
                "VALUES (%s, %s, %s, %s) RETURNING id",
                (dealer_id, label, _fingerprint(key), datetime.now(timezone.utc)),
            )
            key_id = cur.fetchone()[0]
        self.conn.commit()
        return IssuedKey(key_id, dealer_id, key, label)

    def revoke(self, dealer_id: int, key_id: int) -> bool:
        with self.conn.cursor() as cur:
            cur.execute(
                "UPDATE dealer_api_keys SET revoked_at = now() "
                "WHERE id = %s AND dealer_id = %s AND revoked_at IS NULL",
                (key_id, dealer_id),
            )
            changed = cur.rowcount
        self.conn.commit()
        return changed == 1

    def lookup(self, presented: str):
        with self.conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
            cur.execute(
                "SELECT id, dealer_id, label FROM dealer_api_keys "
                "WHERE key_hash = %s AND revoked_at IS NULL",
                (_fingerprint(presented),),
            )
            return cur.fetchone()
