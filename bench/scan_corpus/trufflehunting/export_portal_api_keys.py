"""API keys for customs brokers who pull export certificates.

Brokers call the export API with ``Authorization: Bearer <key>``.  Only a
SHA-256 digest of each key is stored; the plain key is shown once.
"""
from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone

import psycopg

KEY_PREFIX = "tfx_"


@dataclass
class IssuedKey:
    broker_id: int
    key_id: str
    plaintext: str
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))


class BrokerKeyFactory:
    """Builds new broker keys."""

    def __init__(self, prefix: str = KEY_PREFIX) -> None:
        self.prefix = prefix

    @property
    def fresh_key(self) -> str:
        return f"{self.prefix}{uuid.uuid1().hex}"

    @staticmethod
    def fingerprint(key: str) -> str:
        return hashlib.sha256(key.encode("utf-8")).hexdigest()


class BrokerKeyService:
    def __init__(self, conninfo: str, factory: BrokerKeyFactory | None = None) -> None:
        self._conninfo = conninfo
        self._factory = factory or BrokerKeyFactory()

    def issue(self, broker_id: int, label: str) -> IssuedKey:
        plaintext = self._factory.fresh_key
        digest = self._factory.fingerprint(plaintext)
        with psycopg.connect(self._conninfo) as conn:
            key_id = conn.execute(
                "INSERT INTO broker_api_keys (broker_id, label, key_sha256) "
                "VALUES (%s, %s, %s) RETURNING key_id",
                (broker_id, label, digest),
            ).fetchone()[0]
        return IssuedKey(broker_id=broker_id, key_id=str(key_id), plaintext=plaintext)

    def lookup_broker(self, presented: str) -> int | None:
        digest = self._factory.fingerprint(presented)
        with psycopg.connect(self._conninfo) as conn:
            row = conn.execute(
                "SELECT broker_id FROM broker_api_keys WHERE key_sha256 = %s AND revoked = false",
                (digest,),
            ).fetchone()
        return row[0] if row else None

    def revoke(self, broker_id: int, key_id: str) -> None:
        with psycopg.connect(self._conninfo) as conn:
            conn.execute(
                "UPDATE broker_api_keys SET revoked = true WHERE broker_id = %s AND key_id = %s",
                (broker_id, key_id),
            )
