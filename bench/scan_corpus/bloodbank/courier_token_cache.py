"""Shared cache of the courier API access token for the dispatch workers."""
import hashlib
import json
import logging
import os
import time

import redis
import requests

log = logging.getLogger("bloodbank.courier.token")

CACHE_KEY = "courier:access_token"
EARLY_REFRESH = 120


class CourierTokenCache:
    def __init__(self, rds: redis.Redis, token_url: str | None = None):
        self.rds = rds
        self.token_url = token_url or os.environ["COURIER_TOKEN_URL"]
        self.client_id = os.environ["COURIER_CLIENT_ID"]
        self._client_secret = os.environ["COURIER_CLIENT_SECRET"]

    def _fetch(self) -> dict:
        resp = requests.post(
            self.token_url,
            data={"grant_type": "client_credentials", "scope": "dispatch"},
            auth=(self.client_id, self._client_secret),
            timeout=10,
        )
        resp.raise_for_status()
        return resp.json()

    def get(self) -> str:
        cached = self.rds.get(CACHE_KEY)
        if cached:
            return json.loads(cached)["access_token"]
        body = self._fetch()
        ttl = max(int(body.get("expires_in", 3600)) - EARLY_REFRESH, 60)
        self.rds.set(CACHE_KEY, json.dumps({"access_token": body["access_token"]}), ex=ttl)
        fingerprint = hashlib.sha256(body["access_token"].encode()).hexdigest()[:8]
        log.info("new courier token for client %s (fp %s), cached for %ss",
                 self.client_id, fingerprint, ttl)
        return body["access_token"]

    def invalidate(self) -> None:
        self.rds.delete(CACHE_KEY)
        log.info("courier token invalidated at %s", time.strftime("%H:%M:%S"))
