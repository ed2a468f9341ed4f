"""OAuth client-credentials handling for the regional river-level data feed."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import httpx
import structlog

log = structlog.get_logger("gauges.feed_auth")


@dataclass
class FeedCredentials:
    token_url: str
    client_id: str
    client_secret: str
    scope: str = "levels:read"


@dataclass
class FeedAuth:
    creds: FeedCredentials
    _token: dict = field(default_factory=dict)
    _expires_at: float = 0.0

    def _refresh(self) -> None:
        resp = httpx.post(
            self.creds.token_url,
            data={"grant_type": "client_credentials", "scope": self.creds.scope},
            auth=(self.creds.client_id, self.creds.client_secret),
            timeout=10,
        )
        resp.raise_for_status()
        token = resp.json()
        self._token = token
        self._expires_at = time.monotonic() + int(token.get("expires_in", 3600)) - 60
        log.info("feed_token_refreshed", client_id=self.creds.client_id, **token)

    def header(self) -> dict[str, str]:
        if not self._token or time.monotonic() >= self._expires_at:
            self._refresh()
        return {"Authorization": f"{self._token['token_type']} {self._token['access_token']}"}


class LevelFeed:
    def __init__(self, base_url: str, auth: FeedAuth) -> None:
        self.base_url = base_url
        self.auth = auth

    def latest(self, station: str) -> dict:
        resp = httpx.get(f"{self.base_url}/stations/{station}/latest", headers=self.auth.header(), timeout=10)
        resp.raise_for_status()
        return resp.json()
