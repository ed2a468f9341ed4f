"""Rotation of licence API keys for map tile customers.

Licensees can roll their key from the account page; the old key keeps
working for a grace period so deployed apps can be updated.
"""
from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta, timezone

from sqlalchemy import text
from sqlalchemy.engine import Engine

KEY_PREFIX = "tk_live_"
GRACE_PERIOD = timedelta(days=7)


class KeyGenerator:
    @staticmethod
    def new_key() -> str:
        return KEY_PREFIX + secrets.token_urlsafe(32)

    @staticmethod
    def digest(raw_key: str) -> str:
        return hashlib.sha256(raw_key.encode("ascii")).hexdigest()


class LicenceKeyRotation:
    def __init__(self, engine: Engine, generator: type[KeyGenerator] = KeyGenerator):
        self.engine = engine
        self.generator = generator

    def rotate(self, licensee_id: int, tileset: str) -> str:
        raw_key = self.generator.new_key()
        now = datetime.now(timezone.utc)
        with self.engine.begin() as conn:
            conn.execute(
                text(
                    "UPDATE license_keys SET expires_at = :grace"
                    " WHERE licensee_id = :lic AND tileset = :ts AND expires_at IS NULL"
                ),
                {"grace": now + GRACE_PERIOD, "lic": licensee_id, "ts": tileset},
            )
            conn.execute(
                text(
                    "INSERT INTO license_keys (licensee_id, tileset, key_digest, key_hint, created_at)"
                    " VALUES (:lic, :ts, :digest, :hint, :now)"
                ),
                {
                    "lic": licensee_id,
                    "ts": tileset,
                    "digest": self.generator.digest(raw_key),
                    "hint": raw_key[-4:],
                    "now": now,
                },
            )
        return raw_key

    def active_key_count(self, licensee_id: int) -> int:
        with self.engine.connect() as conn:
            return conn.execute(
                text(
                    "SELECT count(*) FROM license_keys WHERE licensee_id = :lic"
                    " AND (expires_at IS NULL OR expires_at > now())"
                ),
                {"lic": licensee_id},
            ).scalar_one()
