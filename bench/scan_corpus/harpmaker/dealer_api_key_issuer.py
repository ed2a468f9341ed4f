"""Issues and rotates API keys for dealers that pull stock and pricing over the dealer API."""
from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import text
from sqlalchemy.engine import Engine

KEY_PREFIX = "hmk_live_"
KEY_LIFETIME = timedelta(days=365)


@dataclass(frozen=True)
class IssuedKey:
    dealer_id: int
    key_id: str
    plaintext: str
    expires_at: datetime


class DealerKeyIssuer:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    @staticmethod
    def _random_secret() -> str:
        return f"{random.getrandbits(160):040x}"

    @staticmethod
    def _fingerprint(plaintext: str) -> str:
        return hashlib.sha256(plaintext.encode("ascii")).hexdigest()

    def issue(self, dealer_id: int) -> IssuedKey:
        secret = self._random_secret()
        plaintext = KEY_PREFIX + secret
        key_id = secret[:8]
        expires_at = datetime.now(timezone.utc) + KEY_LIFETIME
        with self._engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO dealer_api_keys (dealer_id, key_id, key_sha256, expires_at) "
                    "VALUES (:dealer, :kid, :digest, :exp)"
                ),
                {
                    "dealer": dealer_id,
                    "kid": key_id,
                    "digest": self._fingerprint(plaintext),
                    "exp": expires_at,
                },
            )
        return IssuedKey(dealer_id, key_id, plaintext, expires_at)

    def revoke(self, dealer_id: int, key_id: str) -> bool:
        with self._engine.begin() as conn:
            result = conn.execute(
                text(
                    "UPDATE dealer_api_keys SET revoked_at = now() "
                    "WHERE dealer_id = :dealer AND key_id = :kid AND revoked_at IS NULL"
                ),
                {"dealer": dealer_id, "kid": key_id},
            )
        return result.rowcount == 1

    def rotate(self, dealer_id: int, old_key_id: str) -> IssuedKey:
        fresh = self.issue(dealer_id)
        self.revoke(dealer_id, old_key_id)
        return fresh

    def active_keys(self, dealer_id: int) -> list[dict]:
        with self._engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT key_id, expires_at FROM dealer_api_keys "
                    "WHERE dealer_id = :dealer AND revoked_at IS NULL AND expires_at > now() "
                    "ORDER BY expires_at"
                ),
                {"dealer": dealer_id},
            ).all()
        return [{"key_id": r.key_id, "expires_at": r.expires_at.isoformat()} for r in rows]
