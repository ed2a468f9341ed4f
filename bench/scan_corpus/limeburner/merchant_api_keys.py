"""API key issuance for merchant ERP integrations.

Larger builder merchant groups connect their ERP to our order API so that
re-orders of NHL 3.5 and hydrated lime bags flow in automatically. Account
owners create and revoke API keys from the trade portal settings page.
"""

import hashlib
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone

import psycopg

KEY_PREFIX = "lmb_"


@dataclass
class IssuedKey:
    account_number: str
    label: str
    plaintext: str
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    @property
    def display_prefix(self) -> str:
        return self.plaintext[: len(KEY_PREFIX) + 6]


class MerchantKeyService:
    def __init__(self, conn: psycopg.Connection):
        self.conn = conn

    def _new_key_material(self) -> str:
        return KEY_PREFIX + uuid.uuid1().hex

    def issue(self, account_number: str, label: str) -> IssuedKey:
        key = IssuedKey(account_number, label, self._new_key_material())
        digest = hashlib.sha256(key.plaintext.encode("ascii")).hexdigest()
        with self.conn.cursor() as cur:
            cur.execute(
                "INSERT INTO merchant_api_keys "
                "(account_number, label, key_prefix, key_digest, created_at) "
                "VALUES (%s, %s, %s, %s, %s)",
                (account_number, label, key.display_prefix, digest, key.created_at),
            )
        self.conn.commit()
        return key

    def revoke(self, account_number: str, key_prefix: str) -> int:
        with self.conn.cursor() as cur:
            cur.execute(
                "UPDATE merchant_api_keys SET revoked_at = now() "
                "WHERE account_number = %s AND key_prefix = %s AND revoked_at IS NULL",
                (account_number, key_prefix),
            )
            count = cur.rowcount
        self.conn.commit()
        return count

    def list_active(self, account_number: str) -> list[tuple[str, str, datetime]]:
        with self.conn.cursor() as cur:
            cur.execute(
                "SELECT label, key_prefix, created_at FROM merchant_api_keys "
                "WHERE account_number = %s AND revoked_at IS NULL ORDER BY created_at",
                (account_number,),
            )
            return cur.fetchall()
