"""API keys for distributors who pull stock levels and order status.

Larger distributors integrate their purchasing systems with our order book.
Each key is shown once on creation; only a digest is kept server side.
"""
import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Optional

from sqlalchemy import text
from sqlalchemy.engine import Engine

KEY_PREFIX = "spk_"


@dataclass
class IssuedKey:
    key_id: int
    plaintext: str
    label: str


def _digest(raw_key: str) -> str:
    return hashlib.sha256(raw_key.encode("ascii")).hexdigest()


class DistributorKeyService:
    def __init__(self, engine: Engine):
        self._engine = engine

    def create_key(self, distributor_id: int, label: str) -> IssuedKey:
        raw = KEY_PREFIX + secrets.token_urlsafe(32)
        with self._engine.begin() as conn:
            key_id = conn.execute(
                text("INSERT INTO distributor_keys (distributor_id, label, key_digest, last4, created_at) "
                     "VALUES (:d, :l, :h, :last4, :ts) RETURNING id"),
                {"d": distributor_id, "l": label, "h": _digest(raw), "last4": raw[-4:],
                 "ts": datetime.now(timezone.utc)},
            ).scalar_one()
        return IssuedKey(key_id=key_id, plaintext=raw, label=label)

    def lookup(self, presented: str) -> Optional[int]:
        if not presented.startswith(KEY_PREFIX):
            return None
        with self._engine.connect() as conn:
            row = conn.execute(
                text("SELECT distributor_id FROM distributor_keys "
                     "WHERE key_digest = :h AND revoked_at IS NULL"),
                {"h": _digest(presented)},
            ).first()
        return row[0] if row else None

    def revoke(self, key_id: int) -> None:
        with self._engine.begin() as conn:
            conn.execute(
                text("UPDATE distributor_keys SET revoked_at = :ts WHERE id = :id"),
                {"ts": datetime.now(timezone.utc), "id": key_id},
            )
