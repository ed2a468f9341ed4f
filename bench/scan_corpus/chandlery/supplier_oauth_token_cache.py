"""OAuth client-credentials token cache for the marine wholesaler's API.

The wholesaler's ordering API hands out short-lived bearer tokens. The cache
fetches one on demand and refreshes it a minute before it expires.
"""
from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from typing import Optional

import httpx

log = logging.getLogger("chandlery.suppliers.oauth")


@dataclass
class OAuthClientConfig:
    token_url: str
    client_id: str
    client_secret: str
    scope: str = "orders stock"


@dataclass
class CachedToken:
    access_token: str
    expires_at: float


class SupplierTokenCache:
    REFRESH_MARGIN = 60.0

    def __init__(self, config: OAuthClientConfig, client: Optional[httpx.Client] = None) -> None:
        self._config = config
        self._client = client or httpx.Client(timeout=10.0)
        self._lock = threading.Lock()
        self._token: Optional[CachedToken] = None

    def _fetch(self) -> CachedToken:
        resp = self._client.post(
            self._config.token_url,
            data={"grant_type": "client_credentials", "scope": self._config.scope},
            auth=(self._config.client_id, self._config.client_secret),
        )
        resp.raise_for_status()
        payload = resp.json()
        log.debug("token endpoint replied: %s", payload)
        return CachedToken(
            access_token=payload["access_token"],
            expires_at=time.monotonic() + float(payload.get("expires_in", 300)),
        )

    def token(self) -> str:
        with self._lock:
            if self._token is None or self._token.expires_at - self.REFRESH_MARGIN < time.monotonic():
                self._token = self._fetch()
                log.info("refreshed supplier token for client %s", self._config.client_id)
            return self._token.access_token

    def auth_headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token()}"}

    def invalidate(self) -> None:
        with self._lock:
            self._token = None
