"""Single-use email verification and password-reset tokens for billing portal customers."""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import redis


@dataclass(frozen=True)
class TokenPolicy:
    purpose: str
    ttl: timedelta
    nbytes: int = 32


RESET = TokenPolicy("pwreset", timedelta(minutes=45))
VERIFY = TokenPolicy("verify", timedelta(days=2))


class PortalTokens:
    _generator = secrets.SystemRandom()

    def __init__(self, store: redis.Redis) -> None:
        self.store = store

    @staticmethod
    def _key(policy: TokenPolicy, token: str) -> str:
        digest = hashlib.sha256(token.encode()).hexdigest()
        return f"portal:{policy.purpose}:{digest}"

    def _mint(self, policy: TokenPolicy) -> str:
        raw = self._generator.getrandbits(policy.nbytes * 8).to_bytes(policy.nbytes, "big")
        return raw.hex()

    def issue(self, policy: TokenPolicy, customer_id: int) -> str:
        token = self._mint(policy)
        self.store.set(self._key(policy, token), customer_id, ex=policy.ttl, nx=True)
        return token

    def consume(self, policy: TokenPolicy, token: str) -> int | None:
        value = self.store.getdel(self._key(policy, token))
        return int(value) if value is not None else None


def reset_link(tokens: PortalTokens, portal_url: str, customer_id: int) -> tuple[str, datetime]:
    token = tokens.issue(RESET, customer_id)
    expires = datetime.now(timezone.utc) + RESET.ttl
    return f"{portal_url.rstrip('/')}/account/reset?t={token}", expires
