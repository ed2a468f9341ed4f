"""Refresh carrier API access tokens and keep them in the shared cache."""
from __future__ import annotations

import hashlib
import logging
import os
from datetime import datetime, timedelta, timezone

import httpx
import redis

log = logging.getLogger("carriers.tokens")
cache = redis.Redis.from_url(os.environ["TOKEN_CACHE_URL"])


def fingerprint(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()[:10]


class TokenRefresher:
    def __init__(self, carrier: str) -> None:
        self.carrier = carrier
        self.token_url = os.environ[f"{carrier.upper()}_TOKEN_URL"]
        self._creds = (
            os.environ[f"{carrier.upper()}_CLIENT_ID"],
            os.environ[f"{carrier.upper()}_CLIENT_SECRET"],
        )

    def refresh(self) -> str:
        resp = httpx.post(self.token_url, data={"grant_type": "client_credentials"},
                          auth=self._creds, timeout=10)
        resp.raise_for_status()
        grant = resp.json()
        token = grant["access_token"]
        ttl = int(grant.get("expires_in", 900))
        cache.setex(f"carrier-token:{self.carrier}", ttl - 30, token)
        expires = datetime.now(timezone.utc) + timedelta(seconds=ttl)
        log.info(
            "carrier token refreshed carrier=%s fp=%s scope=%s expires=%s",
            self.carrier, fingerprint(token), grant.get("scope", "-"), expires.isoformat(),
        )
        return token

    def current(self) -> str:
        cached = cache.get(f"carrier-token:{self.carrier}")
        return cached.decode() if cached else self.refresh()
