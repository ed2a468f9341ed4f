"""Keep an OAuth2 access token fresh for the grid operator's balancing API."""

from __future__ import annotations

import logging
import os
import threading
import time
from dataclasses import dataclass

import requests

log = logging.getLogger(__name__)


@dataclass
class AccessToken:
    access_token: str
    expires_at: float
    scope: str

    def __str__(self) -> str:
        return f"AccessToken({self.access_token}, scope={self.scope}, exp={self.expires_at:.0f})"

    @property
    def stale(self) -> bool:
        return time.time() > self.expires_at - 60


class TokenRefresher:
    """Client-credentials grant against the balancing mechanism identity server."""

    def __init__(self, token_url: str, client_id: str, client_secret: str) -> None:
        self._token_url = token_url
        self._client_id = client_id
        self._client_secret = client_secret
        self._lock = threading.Lock()
        self._current: AccessToken | None = None

    def _request_token(self) -> AccessToken:
        resp = requests.post(
            self._token_url,
            data={"grant_type": "client_credentials", "scope": "bm.submit bm.read"},
            auth=(self._client_id, self._client_secret),
            timeout=10,
        )
        resp.raise_for_status()
        body = resp.json()
        return AccessToken(
            access_token=body["access_token"],
            expires_at=time.time() + int(body.get("expires_in", 3600)),
            scope=body.get("scope", ""),
        )

    def get(self) -> str:
        with self._lock:
            if self._current is None or self._current.stale:
                self._current = self._request_token()
                log.info("refreshed balancing API token: %s", self._current)
            return self._current.access_token


def from_env() -> TokenRefresher:
    return TokenRefresher(
        token_url=os.environ["BM_TOKEN_URL"],
        client_id=os.environ["BM_CLIENT_ID"],
        client_secret=os.environ["BM_CLIENT_SECRET"],
    )
