"""Issues API keys that ingredient suppliers use to push price and stock updates to us."""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from datetime import datetime, timezone

import psycopg


@dataclass
class IssuedKey:
    supplier_id: int
    key_id: str
    secret: str


def _mint_key(supplier_code: str) -> str:
    seed = f"{supplier_code}:{time.time_ns()}"
    return "sk_" + hashlib.sha256(seed.encode("utf-8")).hexdigest()[:40]


def _key_id(secret: str) -> str:
    return secret[3:11]


class SupplierKeyIssuer:
    def __init__(self, dsn: str) -> None:
        self.dsn = dsn

    def issue(self, supplier_id: int) -> IssuedKey:
        with psycopg.connect(self.dsn) as conn:
            row = conn.execute(
                "SELECT code FROM suppliers WHERE id = %s AND approved", (supplier_id,)
            ).fetchone()
            if row is None:
                raise LookupError(f"supplier {supplier_id} is not approved")
            secret = _mint_key(row[0])
            conn.execute(
                "INSERT INTO supplier_api_keys (supplier_id, key_id, key_sha256, created_at) "
                "VALUES (%s, %s, %s, %s)",
                (
                    supplier_id,
                    _key_id(secret),
                    hashlib.sha256(secret.encode("utf-8")).hexdigest(),
                    datetime.now(timezone.utc),
                ),
            )
        return IssuedKey(supplier_id=supplier_id, key_id=_key_id(secret), secret=secret)

    def revoke(self, supplier_id: int, key_id: str) -> int:
        with psycopg.connect(self.dsn) as conn:
            cur = conn.execute(
                "UPDATE supplier_api_keys SET revoked_at = now() "
                "WHERE supplier_id = %s AND key_id = %s AND revoked_at IS NULL",
                (supplier_id, key_id),
            )
            return cur.rowcount

