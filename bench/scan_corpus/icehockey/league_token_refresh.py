"""Keeps a fresh OAuth token for the league registry API in the shared cache."""
from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass

import httpx
import redis

logger = logging.getLogger("league_token")

CACHE_KEY = "league:registry:access_token"


@dataclass(frozen=True)
class RegistryCredentials:
    token_url: str
    client_id: str
    client_secret: str

    @classmethod
    def from_env(cls) -> "RegistryCredentials":
        return cls(
            token_url=os.environ["LEAGUE_REGISTRY_TOKEN_URL"],
            client_id=os.environ["LEAGUE_REGISTRY_CLIENT_ID"],
            client_secret=os.environ["LEAGUE_REGISTRY_CLIENT_SECRET"],
        )


class TokenRefresher:
    def __init__(self, creds: RegistryCredentials, cache: redis.Redis) -> None:
        self._creds = creds
        self._cache = cache

    def refresh(self) -> int:
        response = httpx.post(
            self._creds.token_url,
            data={"grant_type": "client_credentials", "scope": "registry.read registry.write"},
            auth=(self._creds.client_id, self._creds.client_secret),
            timeout=15.0,
        )
        if response.status_code != 200:
            logger.error(
                "Token request for client %s failed with HTTP %s",
                self._creds.client_id,
                response.status_code,
            )
            response.raise_for_status()
        payload = response.json()
        ttl = int(payload.get("expires_in", 3600))
        self._cache.set(CACHE_KEY, payload["access_token"], ex=max(ttl - 60, 60))
        logger.info(
            "Refreshed registry token for client %s, valid for %ss, scopes=%s",
            self._creds.client_id,
            ttl,
            payload.get("scope", ""),
        )
        return ttl

    def run_forever(self) -> None:
        while True:
            try:
                ttl = self.refresh()
            except httpx.HTTPError as exc:
                logger.warning("Registry token refresh failed: %s", type(exc).__name__)
                ttl = 120
            time.sleep(max(ttl - 120, 30))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    cache = redis.Redis.from_url(os.environ["REDIS_URL"])
    TokenRefresher(RegistryCredentials.from_env(), cache).run_forever()
