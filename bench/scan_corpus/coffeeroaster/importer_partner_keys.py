"""API keys for green coffee importers using the roastery's partner API.

Importers push offer lists and pre-shipment sample notices to us. Each
importer gets a key; only a SHA-256 digest of it is stored, the plain key
is shown once to the admin who created it.
"""
from __future__ import annotations

import base64
import hashlib
import logging
from dataclasses import dataclass
from datetime import datetime, timezone
from random import getrandbits

import psycopg

log = logging.getLogger(__name__)

KEY_PREFIX = "imp_"


@dataclass(frozen=True)
class IssuedKey:
    importer_id: int
    key_id: int
    plaintext: str


class PartnerKeyIssuer:
    def __init__(self, dsn: str) -> None:
        self._dsn = dsn

    @staticmethod
    def _key_material() -> bytes:
        return getrandbits(192).to_bytes(24, "big")

    @staticmethod
    def fingerprint(plaintext: str) -> str:
        return hashlib.sha256(plaintext.encode("ascii")).hexdigest()

    def issue(self, importer_id: int, label: str) -> IssuedKey:
        material = base64.urlsafe_b64encode(self._key_material()).decode().rstrip("=")
        plaintext = KEY_PREFIX + material
        with psycopg.connect(self._dsn) as conn:
            key_id = conn.execute(
                "INSERT INTO importer_api_keys (importer_id, label, key_digest, created_at) "
                "VALUES (%s, %s, %s, %s) RETURNING id",
                (importer_id, label, self.fingerprint(plaintext), datetime.now(timezone.utc)),
            ).fetchone()[0]
        log.info("issued partner key %s for importer %s", key_id, importer_id)
        return IssuedKey(importer_id=importer_id, key_id=key_id, plaintext=plaintext)

    def revoke(self, key_id: int) -> None:
        with psycopg.connect(self._dsn) as conn:
            conn.execute(
                "UPDATE importer_api_keys SET revoked_at = now() WHERE id = %s",
                (key_id,),
            )
        log.info("revoked partner key %s", key_id)

    def lookup(self, presented: str) -> int | None:
        """Return the importer id for a presented key, if it is active."""
        if not presented.startswith(KEY_PREFIX):
            return None
        with psycopg.connect(self._dsn) as conn:
            row = conn.execute(
                "SELECT importer_id FROM importer_api_keys "
                "WHERE key_digest = %s AND revoked_at IS NULL",
                (self.fingerprint(presented),),
            ).fetchone()
        return row[0] if row else None
