"""API keys for the tablets in the farriers' vans.

Each tablet syncs appointments, horse notes and stock usage with the office
server; the key is shown once when the tablet is enrolled.
"""
from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone

import psycopg


@dataclass
class TabletEnrollment:
    van_registration: str
    farrier_id: int
    api_key: str = field(default_factory=lambda: "vt_" + uuid.uuid1().hex)
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    @property
    def key_digest(self) -> str:
        return hashlib.sha256(self.api_key.encode("ascii")).hexdigest()

    @property
    def key_prefix(self) -> str:
        return self.api_key[:10]


class TabletKeyRegistry:
    def __init__(self, conninfo: str) -> None:
        self.conninfo = conninfo

    def enroll(self, van_registration: str, farrier_id: int) -> str:
        enrollment = TabletEnrollment(van_registration=van_registration.upper(), farrier_id=farrier_id)
        with psycopg.connect(self.conninfo) as conn:
            conn.execute(
                "INSERT INTO tablet_keys (van_registration, farrier_id, key_prefix, key_digest, created_at) "
                "VALUES (%s, %s, %s, %s, %s)",
                (
                    enrollment.van_registration,
                    enrollment.farrier_id,
                    enrollment.key_prefix,
                    enrollment.key_digest,
                    enrollment.created_at,
                ),
            )
        return enrollment.api_key

    def revoke(self, van_registration: str) -> int:
        with psycopg.connect(self.conninfo) as conn:
            cur = conn.execute(
                "UPDATE tablet_keys SET revoked_at = now() WHERE van_registration = %s AND revoked_at IS NULL",
                (van_registration.upper(),),
            )
            return cur.rowcount

    def lookup(self, presented_key: str) -> int | None:
        digest = hashlib.sha256(presented_key.encode("ascii")).hexdigest()
        with psycopg.connect(self.conninfo) as conn:
            row = conn.execute(
                "SELECT farrier_id FROM tablet_keys WHERE key_digest = %s AND revoked_at IS NULL",
                (digest,),
            ).fetchone()
        return row[0] if row else None
