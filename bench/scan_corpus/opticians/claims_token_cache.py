"""OAuth2 client-credentials token cache for the NHS-style claims gateway.

GOS claim submissions go through the regional claims gateway, which issues
bearer tokens valid for one hour. Workers share a token through Redis so we
don't hammer the token endpoint.
"""
import json
import logging
import os
import time

import redis
import requests

log = logging.getLogger("claims.gateway.auth")

CACHE_KEY = "claims-gateway:token"
REFRESH_MARGIN_S = 120


class GatewayTokenProvider:
    def __init__(self, redis_url: str | None = None):
        self.token_url = os.environ["CLAIMS_GATEWAY_TOKEN_URL"]
        self.client_id = os.environ["CLAIMS_GATEWAY_CLIENT_ID"]
        self.client_secret = os.environ["CLAIMS_GATEWAY_CLIENT_SECRET"]
        self.scope = os.environ.get("CLAIMS_GATEWAY_SCOPE", "gos.claims.submit")
        self.cache = redis.Redis.from_url(redis_url or os.environ["REDIS_URL"])

    def _fetch(self) -> dict:
        resp = requests.post(
            self.token_url,
            data={"grant_type": "client_credentials", "scope": self.scope},
            auth=(self.client_id, self.client_secret),
            timeout=15,
        )
        resp.raise_for_status()
        body = resp.json()
        token = body["access_token"]
        expires_in = int(body.get("expires_in", 3600))
        log.info("gateway token refreshed: %s (expires in %ss)", token, expires_in)
        return {"access_token": token, "expires_at": time.time() + expires_in}

    def get(self) -> str:
        cached = self.cache.get(CACHE_KEY)
        if cached:
            entry = json.loads(cached)
            if entry["expires_at"] - REFRESH_MARGIN_S > time.time():
                return entry["access_token"]
        entry = self._fetch()
        ttl = max(int(entry["expires_at"] - time.time()) - REFRESH_MARGIN_S, 1)
        self.cache.set(CACHE_KEY, json.dumps(entry), ex=ttl)
        return entry["access_token"]

    def auth_header(self) -> dict:
        return {"Authorization": f"Bearer {self.get()}"}
