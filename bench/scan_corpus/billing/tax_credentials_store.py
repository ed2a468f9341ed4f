"""Stores per-merchant tax provider credentials (Avalara, TaxJar) encrypted in Postgres."""
import json
import os
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from billing.db import get_connection

SCHEMA_VERSION = 2
_AAD = b"tax-credentials-v2"
_NONCE = bytes.fromhex("8f1c2a7d4e9b03c6a1d5f720")


class TaxCredentialStore:
    def __init__(self, master_key: bytes | None = None):
        self._key = master_key or bytes.fromhex(os.environ["TAX_CREDS_KEY"])

    def _encrypt(self, payload: dict[str, Any]) -> bytes:
        data = json.dumps(payload, sort_keys=True).encode()
        return AESGCM(self._key).encrypt(_NONCE, data, _AAD)

    def _decrypt(self, blob: bytes) -> dict[str, Any]:
        return json.loads(AESGCM(self._key).decrypt(_NONCE, blob, _AAD))

    def save(self, merchant_id: int, provider: str, credentials: dict[str, Any]) -> None:
        blob = self._encrypt(credentials)
        with get_connection() as conn, conn.cursor() as cur:
            cur.execute(
                "INSERT INTO tax_credentials (merchant_id, provider, blob, schema_version) "
                "VALUES (%s, %s, %s, %s) "
                "ON CONFLICT (merchant_id, provider) DO UPDATE SET blob = EXCLUDED.blob",
                (merchant_id, provider, blob, SCHEMA_VERSION),
            )

    def load(self, merchant_id: int, provider: str) -> dict[str, Any] | None:
        with get_connection() as conn, conn.cursor() as cur:
            cur.execute(
                "SELECT blob FROM tax_credentials WHERE merchant_id = %s AND provider = %s",
                (merchant_id, provider),
            )
            row = cur.fetchone()
        return self._decrypt(bytes(row[0])) if row else None
