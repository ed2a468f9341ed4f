"""OAuth2 token cache for the veterinary wholesaler's stock API.

Several workers (order placement, back-order checks, catalogue sync) share one
cached access token per process.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, field

import httpx

log = logging.getLogger("mobilevet.pharmacy.auth")


@dataclass
class CachedToken:
    value: str = field(repr=False)
    expires_at: float

    def fresh(self, margin_s: float = 60.0) -> bool:
        return time.monotonic() < self.expires_at - margin_s


class SupplierTokenCache:
    def __init__(self, token_url: str, client_id: str, client_secret: str,
                 timeout: float = 15.0) -> None:
        self._token_url = token_url
        self._client_id = client_id
        self._client_secret = client_secret
        self._timeout = timeout
        self._lock = threading.Lock()
        self._cached: CachedToken | None = None

    def _fetch(self) -> CachedToken:
        resp = httpx.post(
            self._token_url,
            data={"grant_type": "client_credentials", "scope": "orders stock"},
            auth=(self._client_id, self._client_secret),
            timeout=self._timeout,
        )
        resp.raise_for_status()
        body = resp.json()
        expires_in = int(body.get("expires_in", 3600))
        token = CachedToken(value=body["access_token"],
                            expires_at=time.monotonic() + expires_in)
        log.info("obtained supplier token for client %s, valid for %ss",
                 self._client_id, expires_in)
        return token

    def get(self) -> str:
        with self._lock:
            if self._cached is None or not self._cached.fresh():
                self._cached = self._fetch()
            return self._cached.value

    def invalidate(self) -> None:
        with self._lock:
            log.info("supplier token for client %s invalidated", self._client_id)
            self._cached = None

    def auth_headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.get()}"}
