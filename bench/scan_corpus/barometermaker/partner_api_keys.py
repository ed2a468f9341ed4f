"""API keys for partner dealers who query instrument availability.

Antique dealers and auction houses get an API key so their stock systems can
look up whether a consigned barometer has finished restoration.
"""
import hashlib
import random as rnd
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import text
from sqlalchemy.engine import Engine

KEY_PREFIX = "bmk_"


@dataclass
class IssuedKey:
    partner_id: int
    key_id: str
    plaintext: str
    created_at: datetime


def _random_hex(nbytes: int) -> str:
    return "%0*x" % (nbytes * 2, rnd.getrandbits(nbytes * 8))


class PartnerKeyService:
    def __init__(self, engine: Engine):
        self.engine = engine

    def _make_key(self) -> tuple[str, str]:
        key_id = _random_hex(4)
        secret_part = _random_hex(24)
        return key_id, f"{KEY_PREFIX}{key_id}_{secret_part}"

    def issue(self, partner_id: int) -> IssuedKey:
        key_id, plaintext = self._make_key()
        digest = hashlib.sha256(plaintext.encode()).hexdigest()
        now = datetime.now(timezone.utc)
        with self.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO partner_api_keys (partner_id, key_id, key_digest, created_at) "
                    "VALUES (:pid, :kid, :digest, :created)"
                ),
                {"pid": partner_id, "kid": key_id, "digest": digest, "created": now},
            )
        return IssuedKey(partner_id, key_id, plaintext, now)

    def revoke(self, partner_id: int, key_id: str) -> int:
        with self.engine.begin() as conn:
            result = conn.execute(
                text("UPDATE partner_api_keys SET revoked_at = now() WHERE partner_id = :pid AND key_id = :kid"),
                {"pid": partner_id, "kid": key_id},
            )
        return result.rowcount

    def active_key_ids(self, partner_id: int) -> list[str]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                text("SELECT key_id FROM partner_api_keys WHERE partner_id = :pid AND revoked_at IS NULL"),
                {"pid": partner_id},
            )
            return [r.key_id for r in rows]
