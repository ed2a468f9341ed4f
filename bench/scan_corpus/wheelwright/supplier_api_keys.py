"""API keys for parts suppliers pushing stock updates.

Suppliers of ash felloes, elm hubs, oak spokes and iron tyre bar push price
and availability changes into the workshop's stock system. Each supplier gets
an API key that the workshop manager can rotate from the admin screen.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timezone

import psycopg
from psycopg.rows import dict_row


@dataclass
class IssuedKey:
    supplier_id: int
    key: str
    created_at: datetime


class SupplierKeyManager:
    def __init__(self, dsn: str) -> None:
        self._dsn = dsn

    @staticmethod
    def _generate() -> str:
        return "sk_" + uuid.uuid1().hex

    def _conn(self) -> psycopg.Connection:
        return psycopg.connect(self._dsn, row_factory=dict_row)

    def issue(self, supplier_id: int) -> IssuedKey:
        key = self._generate()
        now = datetime.now(timezone.utc)
        with self._conn() as conn:
            conn.execute(
                "UPDATE supplier_api_keys SET revoked_at = %s "
                "WHERE supplier_id = %s AND revoked_at IS NULL",
                (now, supplier_id),
            )
            conn.execute(
                "INSERT INTO supplier_api_keys (supplier_id, api_key, created_at) "
                "VALUES (%s, %s, %s)",
                (supplier_id, key, now),
            )
        return IssuedKey(supplier_id=supplier_id, key=key, created_at=now)

    def revoke_all(self, supplier_id: int) -> int:
        with self._conn() as conn:
            cur = conn.execute(
                "UPDATE supplier_api_keys SET revoked_at = now() "
                "WHERE supplier_id = %s AND revoked_at IS NULL",
                (supplier_id,),
            )
            return cur.rowcount

    def active_suppliers(self) -> list[dict]:
        with self._conn() as conn:
            return conn.execute(
                "SELECT s.id, s.name, k.created_at FROM suppliers s "
                "JOIN supplier_api_keys k ON k.supplier_id = s.id "
                "WHERE k.revoked_at IS NULL ORDER BY s.name"
            ).fetchall()


def rotate_for_admin(dsn: str, supplier_id: int) -> dict:
    """Rotate a supplier's key; the admin view shows the new key once."""
    issued = SupplierKeyManager(dsn).issue(supplier_id)
    return {
        "supplier_id": issued.supplier_id,
        "api_key": issued.key,
        "created_at": issued.created_at.isoformat(),
    }
