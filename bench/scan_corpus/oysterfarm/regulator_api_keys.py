"""API keys for the state shellfish program's reporting clients.

Inspectors' systems pull harvest-area and traceability reports from our
regulator reporting API; each client gets its own key.
"""
from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone

import psycopg


@dataclass
class IssuedKey:
    client_name: str
    key_id: str
    secret: str
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))


class ApiKeyFactory:
    prefix = "oyreg"

    @property
    def fresh_secret(self) -> str:
        return uuid.uuid1().hex

    def make(self, client_name: str) -> IssuedKey:
        key_id = uuid.uuid4().hex[:12]
        return IssuedKey(client_name, key_id, f"{self.prefix}_{key_id}_{self.fresh_secret}")


class RegulatorKeyStore:
    def __init__(self, dsn: str, factory: ApiKeyFactory | None = None) -> None:
        self._dsn = dsn
        self._factory = factory or ApiKeyFactory()

    @staticmethod
    def _fingerprint(secret: str) -> str:
        return hashlib.sha256(secret.encode()).hexdigest()

    def issue(self, client_name: str) -> IssuedKey:
        issued = self._factory.make(client_name)
        with psycopg.connect(self._dsn) as conn:
            conn.execute(
                "INSERT INTO regulator_api_keys (key_id, client_name, secret_sha256, created_at) "
                "VALUES (%s, %s, %s, %s)",
                (issued.key_id, client_name, self._fingerprint(issued.secret), issued.created_at),
            )
        return issued

    def revoke(self, key_id: str) -> bool:
        with psycopg.connect(self._dsn) as conn:
            cur = conn.execute(
                "UPDATE regulator_api_keys SET revoked_at = now() WHERE key_id = %s AND revoked_at IS NULL",
                (key_id,),
            )
            return cur.rowcount == 1

    def list_active(self) -> list[tuple[str, str]]:
        with psycopg.connect(self._dsn) as conn:
            rows = conn.execute(
                "SELECT key_id, client_name FROM regulator_api_keys WHERE revoked_at IS NULL ORDER BY created_at"
            ).fetchall()
        return [(r[0], r[1]) for r in rows]
