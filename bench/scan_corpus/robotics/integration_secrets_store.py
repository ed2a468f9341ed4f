"""Encrypted storage of customer integration credentials (WMS, ERP, carrier APIs).

Keys are provided as a comma-separated list of Fernet keys, newest first,
so we can rotate without downtime.
"""
from __future__ import annotations

import json
import os

from cryptography.fernet import Fernet, MultiFernet

KEYS_ENV = "INTEGRATION_FERNET_KEYS"


class IntegrationSecretStore:
    def __init__(self, conn, keys: list[bytes]):
        if not keys:
            raise ValueError("at least one encryption key is required")
        self._conn = conn
        self._fernet = MultiFernet([Fernet(k) for k in keys])

    @classmethod
    def from_env(cls, conn) -> "IntegrationSecretStore":
        raw = os.environ[KEYS_ENV]
        return cls(conn, [k.strip().encode() for k in raw.split(",") if k.strip()])

    def put(self, site_id: str, integration: str, creds: dict) -> None:
        token = self._fernet.encrypt(json.dumps(creds).encode())
        with self._conn.cursor() as cur:
            cur.execute(
                "INSERT INTO integration_secrets (site_id, integration, blob) VALUES (%s, %s, %s) "
                "ON CONFLICT (site_id, integration) DO UPDATE SET blob = EXCLUDED.blob",
                (site_id, integration, token),
            )

    def get(self, site_id: str, integration: str) -> dict | None:
        with self._conn.cursor() as cur:
            cur.execute(
                "SELECT blob FROM integration_secrets WHERE site_id = %s AND integration = %s",
                (site_id, integration),
            )
            row = cur.fetchone()
        if row is None:
            return None
        return json.loads(self._fernet.decrypt(bytes(row[0])))

    def rotate_all(self) -> int:
        with self._conn.cursor() as cur:
            cur.execute("SELECT site_id, integration, blob FROM integration_secrets")
            rows = cur.fetchall()
            for site_id, integration, blob in rows:
                cur.execute(
                    "UPDATE integration_secrets SET blob = %s WHERE site_id = %s AND integration = %s",
                    (self._fernet.rotate(bytes(blob)), site_id, integration),
                )
        return len(rows)
