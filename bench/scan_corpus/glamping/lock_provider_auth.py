"""OAuth client for the smart lock provider.

The lock provider issues short-lived access tokens via the client
credentials grant. The token is cached and refreshed shortly before it
expires; every lock API call goes through ``authorised_session``.
"""
from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass

import requests

log = logging.getLogger(__name__)


@dataclass
class LockOAuthConfig:
    token_url: str
    client_id: str
    client_secret: str
    scope: str = "locks:codes"


class LockTokenProvider:
    def __init__(self, config: LockOAuthConfig) -> None:
        self._config = config
        self._lock = threading.Lock()
        self._token: str | None = None
        self._expires_at = 0.0

    def _refresh(self) -> None:
        resp = requests.post(
            self._config.token_url,
            data={"grant_type": "client_credentials", "scope": self._config.scope},
            auth=(self._config.client_id, self._config.client_secret),
            timeout=10,
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._expires_at = time.monotonic() + int(body.get("expires_in", 3600)) - 60
        log.info("lock provider token refreshed: %s", self._token)

    def token(self) -> str:
        with self._lock:
            if self._token is None or time.monotonic() >= self._expires_at:
                self._refresh()
            return self._token

    def authorised_session(self) -> requests.Session:
        session = requests.Session()
        session.headers["Authorization"] = f"Bearer {self.token()}"
        return session
