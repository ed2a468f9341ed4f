"""API keys for parts suppliers' stock feeds.

Each supplier integration gets a key it presents when pushing stock levels
and price lists for movements, hands, dials and glass.
"""
import hashlib
import random
from dataclasses import dataclass
from datetime import datetime, timezone

from clockmaker.db import get_connection


@dataclass
class IssuedKey:
    supplier_code: str
    prefix: str
    plaintext: str
    created_at: datetime


class SupplierKeyIssuer:
    prefix_length = 8
    secret_bits = 160

    def __init__(self, connection=None):
        self._conn = connection or get_connection()
        self._rng = random.Random()

    def _secret(self) -> str:
        return format(self._rng.getrandbits(self.secret_bits), "040x")

    def issue(self, supplier_code: str) -> IssuedKey:
        secret = self._secret()
        prefix = secret[: self.prefix_length]
        now = datetime.now(timezone.utc)
        with self._conn:
            self._conn.execute(
                "INSERT INTO supplier_api_keys (supplier_code, prefix, key_sha256, created_at) "
                "VALUES (?, ?, ?, ?)",
                (supplier_code, prefix, hashlib.sha256(secret.encode()).hexdigest(), now.isoformat()),
            )
        return IssuedKey(supplier_code, prefix, f"sk_{secret}", now)

    def revoke(self, supplier_code: str, prefix: str) -> int:
        with self._conn:
            cur = self._conn.execute(
                "UPDATE supplier_api_keys SET revoked_at = ? WHERE supplier_code = ? AND prefix = ?",
                (datetime.now(timezone.utc).isoformat(), supplier_code, prefix),
            )
        return cur.rowcount
