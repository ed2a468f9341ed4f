"""API keys for wholesale buyers who pull our stock list into their own systems.

The full key is shown to the buyer once; we keep only a digest for lookup
and the last four characters so the key can be recognised in the portal.
"""
import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import text
from sqlalchemy.engine import Engine

KEY_PREFIX = "bw_live_"


@dataclass
class IssuedKey:
    key_id: int
    plaintext: str
    last_four: str


def generate_key() -> str:
    return KEY_PREFIX + secrets.token_urlsafe(32)


def key_digest(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


class TradeKeyStore:
    def __init__(self, engine: Engine):
        self.engine = engine

    def issue(self, buyer_id: int, label: str) -> IssuedKey:
        key = generate_key()
        with self.engine.begin() as conn:
            key_id = conn.execute(
                text(
                    "INSERT INTO trade_api_keys (buyer_id, label, digest, last_four, created_at) "
                    "VALUES (:buyer, :label, :digest, :last4, :now) RETURNING id"
                ),
                {
                    "buyer": buyer_id,
                    "label": label,
                    "digest": key_digest(key),
                    "last4": key[-4:],
                    "now": datetime.now(timezone.utc),
                },
            ).scalar_one()
        return IssuedKey(key_id, key, key[-4:])

    def buyer_for(self, presented: str) -> int | None:
        if not presented.startswith(KEY_PREFIX):
            return None
        with self.engine.connect() as conn:
            return conn.execute(
                text("SELECT buyer_id FROM trade_api_keys WHERE digest = :d AND revoked_at IS NULL"),
                {"d": key_digest(presented)},
            ).scalar_one_or_none()

    def revoke(self, buyer_id: int, key_id: int) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                text("UPDATE trade_api_keys SET revoked_at = :now WHERE id = :id AND buyer_id = :buyer"),
                {"now": datetime.now(timezone.utc), "id": key_id, "buyer": buyer_id},
            )
