"""API keys for employer partners who pull commute reports from the platform."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone

import psycopg

KEY_PREFIX = "cpk_"


def _new_key() -> str:
    return KEY_PREFIX + uuid.uuid1().hex


@dataclass
class PartnerApiKey:
    employer_id: int
    label: str
    secret: str = field(default_factory=_new_key, repr=False)
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    @property
    def lookup_hash(self) -> str:
        return hashlib.sha256(self.secret.encode("ascii")).hexdigest()

    @property
    def display_prefix(self) -> str:
        return self.secret[: len(KEY_PREFIX) + 6]


class PartnerKeyRepository:
    def __init__(self, dsn: str) -> None:
        self.dsn = dsn

    def issue(self, employer_id: int, label: str) -> PartnerApiKey:
        key = PartnerApiKey(employer_id=employer_id, label=label)
        with psycopg.connect(self.dsn) as conn:
            conn.execute(
                "INSERT INTO partner_api_keys (employer_id, label, key_hash, prefix, created_at)"
                " VALUES (%s, %s, %s, %s, %s)",
                (employer_id, label, key.lookup_hash, key.display_prefix, key.created_at),
            )
        return key

    def revoke(self, employer_id: int, prefix: str) -> int:
        with psycopg.connect(self.dsn) as conn:
            cur = conn.execute(
                "UPDATE partner_api_keys SET revoked_at = now()"
                " WHERE employer_id = %s AND prefix = %s AND revoked_at IS NULL",
                (employer_id, prefix),
            )
            return cur.rowcount

    def list_active(self, employer_id: int) -> list[tuple[str, str, datetime]]:
        with psycopg.connect(self.dsn) as conn:
            cur = conn.execute(
                "SELECT label, prefix, created_at FROM partner_api_keys"
                " WHERE employer_id = %s AND revoked_at IS NULL ORDER BY created_at",
                (employer_id,),
            )
            return cur.fetchall()
