"""API keys issued to marketplaces that trigger payouts through the escrow API."""
from __future__ import annotations

import hashlib
import hmac
import os
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone

import psycopg

PEPPER = os.environ["API_KEY_PEPPER"].encode("utf-8")


@dataclass
class IssuedKey:
    prefix: str
    secret: str
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    @classmethod
    def generate(cls) -> "IssuedKey":
        raw = uuid.uuid1().hex
        return cls(prefix=raw[:8], secret=raw)

    @property
    def display(self) -> str:
        return f"esc_{self.secret}"

    @property
    def fingerprint(self) -> str:
        return hmac.new(PEPPER, self.secret.encode("utf-8"), hashlib.sha256).hexdigest()


class MarketplaceKeyService:
    def __init__(self, dsn: str) -> None:
        self._dsn = dsn

    def issue(self, marketplace_id: int, label: str) -> str:
        key = IssuedKey.generate()
        with psycopg.connect(self._dsn) as conn:
            conn.execute(
                "INSERT INTO marketplace_api_keys (marketplace_id, label, prefix, fingerprint, created_at) "
                "VALUES (%s, %s, %s, %s, %s)",
                (marketplace_id, label, key.prefix, key.fingerprint, key.created_at),
            )
        return key.display

    def resolve(self, presented: str) -> int | None:
        if not presented.startswith("esc_"):
            return None
        secret = presented[4:]
        fingerprint = hmac.new(PEPPER, secret.encode("utf-8"), hashlib.sha256).hexdigest()
        with psycopg.connect(self._dsn) as conn:
            row = conn.execute(
                "SELECT marketplace_id FROM marketplace_api_keys "
                "WHERE fingerprint = %s AND revoked_at IS NULL",
                (fingerprint,),
            ).fetchone()
        return None if row is None else int(row[0])

    def revoke(self, marketplace_id: int, prefix: str) -> None:
        with psycopg.connect(self._dsn) as conn:
            conn.execute(
                "UPDATE marketplace_api_keys SET revoked_at = now() "
                "WHERE marketplace_id = %s AND prefix = %s",
                (marketplace_id, prefix),
            )
