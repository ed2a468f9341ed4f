"""OAuth token cache for the reinsurer treaty-portal API.

The cession upload and treaty statement jobs share one client-credentials
token per reinsurer; it is refreshed shortly before expiry.
"""
import logging
import os
import threading
import time
from dataclasses import dataclass

import requests

log = logging.getLogger("reinsurance.tokens")

REFRESH_MARGIN_S = 60


@dataclass
class _CachedToken:
    access_token: str
    expires_at: float


class ReinsurerTokenCache:
    def __init__(self, token_url: str, timeout: float = 10.0):
        self._token_url = token_url
        self._timeout = timeout
        self._tokens: dict[str, _CachedToken] = {}
        self._lock = threading.Lock()

    def _credentials(self, reinsurer: str) -> tuple[str, str]:
        prefix = f"REINSURER_{reinsurer.upper()}"
        return os.environ[f"{prefix}_CLIENT_ID"], os.environ[f"{prefix}_CLIENT_SECRET"]

    def _refresh(self, reinsurer: str) -> _CachedToken:
        client_id, client_secret = self._credentials(reinsurer)
        resp = requests.post(
            self._token_url,
            data={"grant_type": "client_credentials", "scope": "treaty-portal"},
            auth=(client_id, client_secret),
            timeout=self._timeout,
        )
        resp.raise_for_status()
        body = resp.json()
        expires_in = int(body.get("expires_in", 3600))
        token = _CachedToken(body["access_token"], time.time() + expires_in)
        log.info("refreshed %s token for %s (client %s, expires in %ss)",
                 body.get("token_type", "bearer"), reinsurer, client_id, expires_in)
        return token

    def get(self, reinsurer: str) -> str:
        with self._lock:
            cached = self._tokens.get(reinsurer)
            if cached is None or cached.expires_at - REFRESH_MARGIN_S < time.time():
                cached = self._refresh(reinsurer)
                self._tokens[reinsurer] = cached
            return cached.access_token

    def invalidate(self, reinsurer: str) -> None:
        with self._lock:
            self._tokens.pop(reinsurer, None)
