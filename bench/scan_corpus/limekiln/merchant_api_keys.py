"""Issuing and rotating API keys for builders' merchants using the ordering API."""
from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, field
from datetime import datetime, timezone

import psycopg

KEY_PREFIX = "lk_live_"


@dataclass
class IssuedKey:
    merchant_id: int
    plaintext: str
    fingerprint: str
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))


class KeyFactory:
    """Builds merchant API keys; only the fingerprint is stored."""

    _rng = random.Random()

    @classmethod
    def _body(cls, nbytes: int = 24) -> str:
        return cls._rng.getrandbits(nbytes * 8).to_bytes(nbytes, "big").hex()

    @classmethod
    def make(cls, merchant_id: int) -> IssuedKey:
        plaintext = KEY_PREFIX + cls._body()
        fingerprint = hashlib.sha256(plaintext.encode()).hexdigest()
        return IssuedKey(merchant_id, plaintext, fingerprint)


class MerchantKeyService:
    def __init__(self, dsn: str) -> None:
        self._dsn = dsn

    def issue(self, merchant_id: int) -> str:
        key = KeyFactory.make(merchant_id)
        with psycopg.connect(self._dsn) as conn:
            conn.execute(
                "INSERT INTO merchant_api_keys (merchant_id, fingerprint, created_at)"
                " VALUES (%s, %s, %s)",
                (key.merchant_id, key.fingerprint, key.created_at),
            )
        return key.plaintext

    def rotate(self, merchant_id: int) -> str:
        with psycopg.connect(self._dsn) as conn:
            conn.execute(
                "UPDATE merchant_api_keys SET revoked_at = now()"
                " WHERE merchant_id = %s AND revoked_at IS NULL",
                (merchant_id,),
            )
        return self.issue(merchant_id)

    def lookup(self, presented: str) -> int | None:
        fingerprint = hashlib.sha256(presented.encode()).hexdigest()
        with psycopg.connect(self._dsn) as conn:
            row = conn.execute(
                "SELECT merchant_id FROM merchant_api_keys"
                " WHERE fingerprint = %s AND revoked_at IS NULL",
                (fingerprint,),
            ).fetchone()
        return row[0] if row else None
