"""OAuth2 client-credentials token cache for the courier collection API."""
from __future__ import annotations

import logging
import os
import threading
import time

import httpx

logger = logging.getLogger("printshop.courier.oauth")

_SENSITIVE_KEYS = {"access_token", "refresh_token", "id_token", "client_secret"}


def _redacted(payload: dict) -> dict:
    return {k: ("***" if k in _SENSITIVE_KEYS else v) for k, v in payload.items()}


class CollectionTokenCache:
    REFRESH_MARGIN = 60

    def __init__(self) -> None:
        self._token_url = os.environ["COURIER_TOKEN_URL"]
        self._client_id = os.environ["COURIER_CLIENT_ID"]
        self._client_secret = os.environ["COURIER_CLIENT_SECRET"]
        self._lock = threading.Lock()
        self._token: str | None = None
        self._expires_at = 0.0

    def _refresh(self) -> None:
        resp = httpx.post(
            self._token_url,
            data={"grant_type": "client_credentials", "scope": "collections"},
            auth=(self._client_id, self._client_secret),
            timeout=15.0,
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._expires_at = time.monotonic() + int(body.get("expires_in", 3600))
        logger.debug("courier token response for %s: %s", self._client_id, _redacted(body))

    def bearer(self) -> str:
        with self._lock:
            if self._token is None or time.monotonic() > self._expires_at - self.REFRESH_MARGIN:
                self._refresh()
            return self._token
