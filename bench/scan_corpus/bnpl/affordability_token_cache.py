"""Shared OAuth2 token cache for calls to the credit bureau's affordability API.

Tokens live in Redis so all decisioning workers reuse one token rather than
each fetching their own.
"""
from __future__ import annotations

import logging

import requests
from redis import Redis

from bnpl.config import settings

log = logging.getLogger("bnpl.affordability.tokens")

CACHE_KEY = "affordability:oauth-token"
REFRESH_MARGIN = 60


class SharedTokenCache:
    def __init__(self, redis: Redis, session: requests.Session | None = None):
        self._redis = redis
        self._session = session or requests.Session()

    def _fetch(self) -> tuple[str, int]:
        resp = self._session.post(
            settings.AFFORDABILITY_TOKEN_URL,
            data={"grant_type": "client_credentials", "scope": "affordability:read"},
            auth=(settings.AFFORDABILITY_CLIENT_ID, settings.AFFORDABILITY_CLIENT_SECRET),
            timeout=10,
        )
        if resp.status_code != 200:
            log.error("token endpoint returned %s for client_id=%s", resp.status_code, settings.AFFORDABILITY_CLIENT_ID)
            resp.raise_for_status()
        payload = resp.json()
        expires_in = int(payload.get("expires_in", 300))
        log.info(
            "fetched affordability token type=%s scope=%s expires_in=%ss",
            payload.get("token_type"),
            payload.get("scope"),
            expires_in,
        )
        return payload["access_token"], expires_in

    def get(self) -> str:
        cached = self._redis.get(CACHE_KEY)
        if cached:
            return cached.decode()
        token, expires_in = self._fetch()
        self._redis.set(CACHE_KEY, token, ex=max(expires_in - REFRESH_MARGIN, 1))
        return token

    def invalidate(self) -> None:
        log.info("invalidating cached affordability token")
        self._redis.delete(CACHE_KEY)
