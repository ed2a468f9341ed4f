"""OAuth2 client-credentials token cache for the telematics provider API."""
from __future__ import annotations

import logging
import os
import threading
import time

import httpx

log = logging.getLogger(__name__)

REFRESH_MARGIN = 60


class TokenProvider:
    def __init__(self, token_url: str | None = None) -> None:
        self._token_url = token_url or os.environ["TELEMATICS_TOKEN_URL"]
        self._client_id = os.environ["TELEMATICS_CLIENT_ID"]
        self._client_secret = os.environ["TELEMATICS_CLIENT_SECRET"]
        self._lock = threading.Lock()
        self._access_token: str | None = None
        self._expires_at = 0.0

    def _refresh(self) -> None:
        resp = httpx.post(
            self._token_url,
            data={"grant_type": "client_credentials", "scope": "fleet.read"},
            auth=(self._client_id, self._client_secret),
            timeout=15.0,
        )
        resp.raise_for_status()
        payload = resp.json()
        self._access_token = payload["access_token"]
        self._expires_at = time.monotonic() + int(payload.get("expires_in", 3600))
        log.info("obtained telematics access token (expires in %ss)", payload.get("expires_in"))

    def token(self) -> str:
        with self._lock:
            if self._access_token is None or time.monotonic() > self._expires_at - REFRESH_MARGIN:
                self._refresh()
            return self._access_token
