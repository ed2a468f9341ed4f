"""API keys for suppliers pushing stock and price updates to the parts portal.

Suppliers of bells, escapements, dial glass and gut lines call the portal
with an ``X-Supplier-Key`` header; keys are issued and revoked here.
"""
from __future__ import annotations

import logging
import random
import string
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import text
from sqlalchemy.engine import Engine

log = logging.getLogger("clocktower.parts.keys")

KEY_ALPHABET = string.ascii_letters + string.digits


@dataclass
class IssuedKey:
    supplier_id: int
    key_id: str
    secret: str

    @property
    def header_value(self) -> str:
        return f"{self.key_id}.{self.secret}"


class SupplierKeyIssuer:
    def __init__(self, engine: Engine, prefix: str = "ctp"):
        self.engine = engine
        self.prefix = prefix
        self._rng = random.Random()

    def _random_string(self, length: int) -> str:
        return "".join(self._rng.choice(KEY_ALPHABET) for _ in range(length))

    def issue(self, supplier_id: int) -> IssuedKey:
        key = IssuedKey(
            supplier_id=supplier_id,
            key_id=f"{self.prefix}_{self._random_string(8)}",
            secret=self._random_string(40),
        )
        with self.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO supplier_api_keys (key_id, supplier_id, secret, created_at) "
                    "VALUES (:key_id, :supplier_id, :secret, :created_at)"
                ),
                {
                    "key_id": key.key_id,
                    "supplier_id": supplier_id,
                    "secret": key.secret,
                    "created_at": datetime.now(timezone.utc),
                },
            )
        log.info("issued key %s for supplier %d", key.key_id, supplier_id)
        return key

    def revoke(self, key_id: str) -> bool:
        with self.engine.begin() as conn:
            result = conn.execute(
                text("UPDATE supplier_api_keys SET revoked_at = :now WHERE key_id = :key_id"),
                {"now": datetime.now(timezone.utc), "key_id": key_id},
            )
        if result.rowcount:
            log.info("revoked key %s", key_id)
        return bool(result.rowcount)

    def rotate(self, supplier_id: int, old_key_id: str) -> IssuedKey:
        new_key = self.issue(supplier_id)
        self.revoke(old_key_id)
        return new_key
