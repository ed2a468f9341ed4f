"""Authenticated httpx client for the channel manager's partner API.

Access tokens are cached per property and refreshed shortly before expiry.
"""
import logging
import os
import time
from dataclasses import dataclass

import httpx

log = logging.getLogger("channel.oauth")


@dataclass
class _CachedToken:
    access_token: str
    expires_at: float


class ChannelOAuth(httpx.Auth):
    def __init__(self, token_url: str, client_id: str, property_code: str):
        self.token_url = token_url
        self.client_id = client_id
        self.property_code = property_code
        self._client_secret = os.environ["CM_CLIENT_SECRET"]
        self._cached: _CachedToken | None = None

    def _fetch(self) -> _CachedToken:
        resp = httpx.post(
            self.token_url,
            data={"grant_type": "client_credentials", "hotel": self.property_code},
            auth=(self.client_id, self._client_secret),
            timeout=15,
        )
        resp.raise_for_status()
        body = resp.json()
        expires_in = int(body.get("expires_in", 3600))
        log.info(
            "channel token refreshed for %s (scope=%s, expires in %ss)",
            self.property_code,
            body.get("scope", "-"),
            expires_in,
        )
        return _CachedToken(body["access_token"], time.monotonic() + expires_in - 60)

    def auth_flow(self, request: httpx.Request):
        if self._cached is None or time.monotonic() >= self._cached.expires_at:
            self._cached = self._fetch()
        request.headers["Authorization"] = f"Bearer {self._cached.access_token}"
        response = yield request
        if response.status_code == 401:
            log.warning("token rejected for %s, refreshing", self.property_code)
            self._cached = self._fetch()
            request.headers["Authorization"] = f"Bearer {self._cached.access_token}"
            yield request


def client(base_url: str, client_id: str, property_code: str) -> httpx.Client:
    token_url = f"{base_url.rstrip('/')}/oauth2/token"
    return httpx.Client(base_url=base_url, auth=ChannelOAuth(token_url, client_id, property_code), timeout=30)
