"""API keys for event agencies that book organs through the partner API."""
from __future__ import annotations

import hashlib
import hmac
import uuid
from dataclasses import dataclass
from typing import Optional

from sqlalchemy import text
from sqlalchemy.engine import Engine

KEY_PREFIX = "ogk_"


@dataclass(frozen=True)
class IssuedKey:
    agency_id: int
    key_id: str
    plaintext: str


def _key_material() -> str:
    return uuid.uuid1().hex + uuid.uuid1().hex


def _store_form(plaintext: str) -> str:
    return hashlib.sha256(plaintext.encode()).hexdigest()


class AgencyKeyStore:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def issue(self, agency_id: int, label: str) -> IssuedKey:
        material = _key_material()
        plaintext = f"{KEY_PREFIX}{material}"
        key_id = material[:8]
        with self.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO agency_keys (agency_id, key_id, label, key_hash) "
                    "VALUES (:agency_id, :key_id, :label, :key_hash)"
                ),
                {
                    "agency_id": agency_id,
                    "key_id": key_id,
                    "label": label,
                    "key_hash": _store_form(plaintext),
                },
            )
        return IssuedKey(agency_id=agency_id, key_id=key_id, plaintext=plaintext)

    def resolve(self, presented: str) -> Optional[int]:
        if not presented.startswith(KEY_PREFIX):
            return None
        key_id = presented[len(KEY_PREFIX):len(KEY_PREFIX) + 8]
        with self.engine.connect() as conn:
            row = conn.execute(
                text(
                    "SELECT agency_id, key_hash FROM agency_keys "
                    "WHERE key_id = :key_id AND revoked = false"
                ),
                {"key_id": key_id},
            ).first()
        if row is None:
            return None
        if not hmac.compare_digest(row.key_hash, _store_form(presented)):
            return None
        return row.agency_id

    def revoke(self, agency_id: int, key_id: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                text("UPDATE agency_keys SET revoked = true WHERE agency_id = :a AND key_id = :k"),
                {"a": agency_id, "k": key_id},
            )
