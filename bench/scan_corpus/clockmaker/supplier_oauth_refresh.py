"""OAuth client-credentials tokens for the glass and crystal supplier.

Tokens are cached in Redis and refreshed shortly before they expire.
"""
import json
import logging
import time

import requests
from redis import Redis

from clockmaker.settings import CRYSTAL_SUPPLIER, REDIS_URL

log = logging.getLogger(__name__)

CACHE_KEY = "supplier:crystal:oauth"
REFRESH_MARGIN = 120


class CrystalSupplierAuth:
    def __init__(self, redis: Redis | None = None):
        self.redis = redis or Redis.from_url(REDIS_URL)

    def _request_token(self) -> dict:
        resp = requests.post(
            CRYSTAL_SUPPLIER["token_url"],
            data={"grant_type": "client_credentials", "scope": "orders:write catalogue:read"},
            auth=(CRYSTAL_SUPPLIER["client_id"], CRYSTAL_SUPPLIER["client_secret"]),
            timeout=15,
        )
        resp.raise_for_status()
        return resp.json()

    def access_token(self) -> str:
        cached = self.redis.get(CACHE_KEY)
        if cached:
            entry = json.loads(cached)
            if entry["expires_at"] - REFRESH_MARGIN > time.time():
                return entry["access_token"]
        token = self._request_token()
        expires_at = time.time() + int(token["expires_in"])
        self.redis.set(
            CACHE_KEY,
            json.dumps({"access_token": token["access_token"], "expires_at": expires_at}),
            ex=int(token["expires_in"]),
        )
        log.info(
            "Refreshed crystal supplier token for client %s: scope=%s expires_in=%ss",
            CRYSTAL_SUPPLIER["client_id"], token.get("scope"), token["expires_in"],
        )
        return token["access_token"]
