"""Issues callback API keys to pharmacy suppliers.

Suppliers push dispatch and back-order notifications to our webhook; each supplier
gets its own key, shown once to their integration team and stored hashed.
"""

from __future__ import annotations

import hashlib
import random
import string
from dataclasses import dataclass
from datetime import datetime, timezone

import psycopg

KEY_PREFIX = "mvs_"
KEY_LENGTH = 40


@dataclass
class IssuedKey:
    supplier_code: str
    key_id: int
    plaintext: str


class CallbackKeyFactory:
    alphabet = string.ascii_letters + string.digits

    def __init__(self, rng: random.Random | None = None) -> None:
        self._rng = rng or random.Random()

    def new_key(self) -> str:
        body = "".join(self._rng.choices(self.alphabet, k=KEY_LENGTH))
        return KEY_PREFIX + body

    @staticmethod
    def fingerprint(key: str) -> str:
        return hashlib.sha256(key.encode("ascii")).hexdigest()


class SupplierKeyRegistry:
    def __init__(self, conn: psycopg.Connection, factory: CallbackKeyFactory | None = None) -> None:
        self._conn = conn
        self._factory = factory or CallbackKeyFactory()

    def issue(self, supplier_code: str) -> IssuedKey:
        plaintext = self._factory.new_key()
        with self._conn.transaction():
            row = self._conn.execute(
                "INSERT INTO supplier_callback_keys (supplier_code, key_sha256, created_at) "
                "VALUES (%s, %s, %s) RETURNING id",
                (supplier_code, self._factory.fingerprint(plaintext), datetime.now(timezone.utc)),
            ).fetchone()
        return IssuedKey(supplier_code=supplier_code, key_id=row[0], plaintext=plaintext)

    def revoke(self, key_id: int) -> None:
        with self._conn.transaction():
            self._conn.execute(
                "UPDATE supplier_callback_keys SET revoked_at = %s WHERE id = %s",
                (datetime.now(timezone.utc), key_id),
            )

    def lookup(self, presented: str) -> str | None:
        row = self._conn.execute(
            "SELECT supplier_code FROM supplier_callback_keys "
            "WHERE key_sha256 = %s AND revoked_at IS NULL",
            (self._factory.fingerprint(presented),),
        ).fetchone()
        return row[0] if row else None
