"""Token handling for the reservoir-modelling consultancy's API."""
from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass

import httpx

logger = logging.getLogger(__name__)


@dataclass
class _CachedToken:
    value: str
    expires_at: float


class ReservoirApiAuth(httpx.Auth):
    """httpx auth flow that fetches and caches a bearer token."""

    def __init__(self, token_url: str) -> None:
        self._token_url = token_url
        self._client_id = os.environ["RESERVOIR_CLIENT_ID"]
        self._cached: _CachedToken | None = None

    def _fetch(self) -> _CachedToken:
        logger.info("fetching access token for client %s from %s", self._client_id, self._token_url)
        resp = httpx.post(
            self._token_url,
            data={"grant_type": "client_credentials", "scope": "exports:write"},
            auth=(self._client_id, os.environ["RESERVOIR_CLIENT_SECRET"]),
            timeout=15,
        )
        resp.raise_for_status()
        body = resp.json()
        ttl = int(body.get("expires_in", 900))
        logger.info("token issued for %s, expires in %ss", self._client_id, ttl)
        return _CachedToken(body["access_token"], time.monotonic() + ttl - 30)

    def auth_flow(self, request: httpx.Request):
        if self._cached is None or time.monotonic() >= self._cached.expires_at:
            self._cached = self._fetch()
        request.headers["Authorization"] = f"Bearer {self._cached.value}"
        response = yield request
        if response.status_code == 401:
            self._cached = self._fetch()
            request.headers["Authorization"] = f"Bearer {self._cached.value}"
            yield request
