"""Issues short-lived access tokens to merchant integrations after key exchange."""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

import redis

TOKEN_TTL = timedelta(hours=1)


@dataclass
class AccessToken:
    merchant_id: int
    value: str
    expires_at: datetime = field(
        default_factory=lambda: datetime.now(timezone.utc) + TOKEN_TTL
    )

    @classmethod
    def mint(cls, merchant_id: int, nbytes: int = 32) -> "AccessToken":
        return cls(merchant_id=merchant_id, value=secrets.token_urlsafe(nbytes))

    @property
    def storage_key(self) -> str:
        return self.key_for(self.value)

    @staticmethod
    def key_for(value: str) -> str:
        return "mtoken:" + hashlib.sha256(value.encode()).hexdigest()


class TokenIssuer:
    def __init__(self, client: redis.Redis) -> None:
        self._redis = client

    def issue(self, merchant_id: int) -> AccessToken:
        token = AccessToken.mint(merchant_id)
        self._redis.set(
            token.storage_key, merchant_id, ex=int(TOKEN_TTL.total_seconds())
        )
        return token

    def resolve(self, presented: str) -> int | None:
        value = self._redis.get(AccessToken.key_for(presented))
        return int(value) if value is not None else None

    def revoke(self, presented: str) -> None:
        self._redis.delete(AccessToken.key_for(presented))


def bearer_from_header(header: str | None) -> str | None:
    if not header:
        return None
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "bearer" or not value:
        return None
    return value.strip()
