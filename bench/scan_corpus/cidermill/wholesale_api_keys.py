"""API keys for wholesale partners who order bottled cider from the shop."""
from __future__ import annotations

import hashlib
import random
import string
from dataclasses import dataclass
from datetime import datetime, timezone

import psycopg


@dataclass
class IssuedKey:
    partner_id: int
    key_id: str
    secret: str

    @property
    def presented(self) -> str:
        return f"{self.key_id}.{self.secret}"


class PartnerKeyManager:
    """Creates and revokes keys used by partners' order systems."""

    KEY_ID_PREFIX = "cmw_"
    SECRET_CHARS = string.ascii_letters + string.digits

    def __init__(self, dsn: str):
        self._dsn = dsn
        self._rng = random.Random()

    def _random_string(self, length: int) -> str:
        return "".join(self._rng.choice(self.SECRET_CHARS) for _ in range(length))

    def issue(self, partner_id: int, label: str) -> IssuedKey:
        key = IssuedKey(
            partner_id=partner_id,
            key_id=self.KEY_ID_PREFIX + self._random_string(8),
            secret=self._random_string(40),
        )
        with psycopg.connect(self._dsn) as conn:
            conn.execute(
                """
                INSERT INTO partner_api_keys (partner_id, key_id, secret_sha256, label, created_at)
                VALUES (%s, %s, %s, %s, %s)
                """,
                (
                    partner_id,
                    key.key_id,
                    hashlib.sha256(key.secret.encode()).hexdigest(),
                    label,
                    datetime.now(timezone.utc),
                ),
            )
        return key

    def revoke(self, key_id: str) -> bool:
        with psycopg.connect(self._dsn) as conn:
            cur = conn.execute(
                "UPDATE partner_api_keys SET revoked_at = now() WHERE key_id = %s AND revoked_at IS NULL",
                (key_id,),
            )
            return cur.rowcount == 1

    def list_active(self, partner_id: int) -> list[tuple[str, str, datetime]]:
        with psycopg.connect(self._dsn) as conn:
            return conn.execute(
                "SELECT key_id, label, created_at FROM partner_api_keys "
                "WHERE partner_id = %s AND revoked_at IS NULL ORDER BY created_at",
                (partner_id,),
            ).fetchall()
