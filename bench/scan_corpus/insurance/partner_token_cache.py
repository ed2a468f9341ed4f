"""OAuth token cache for calls to the partner garage network.

Several workers (estimate polling, booking sync, invoice fetch) share one
client-credentials token per partner; it is refreshed shortly before expiry.
"""
import logging
import os
import threading
import time
from dataclasses import dataclass

import requests

log = logging.getLogger("partners.tokens")

REFRESH_MARGIN_S = 60


@dataclass
class _CachedToken:
    access_token: str
    expires_at: float


class PartnerTokenCache:
    def __init__(self, token_url: str, timeout: float = 10.0):
        self._token_url = token_url
        self._timeout = timeout
        self._tokens: dict[str, _CachedToken] = {}
        self._lock = threading.Lock()

    def _credentials(self, partner: str) -> tuple[str, str]:
        prefix = f"PARTNER_{partner.upper()}"
        return os.environ[f"{prefix}_CLIENT_ID"], os.environ[f"{prefix}_CLIENT_SECRET"]

    def _refresh(self, partner: str) -> _CachedToken:
        client_id, client_secret = self._credentials(partner)
        resp = requests.post(
            self._token_url,
            data={"grant_type": "client_credentials", "scope": "garage-network"},
            auth=(client_id, client_secret),
            timeout=self._timeout,
        )
        resp.raise_for_status()
        body = resp.json()
        expires_in = int(body.get("expires_in", 3600))
        token = _CachedToken(body["access_token"], time.time() + expires_in)
        log.info("refreshed token for %s: %s (expires in %ss)", partner, token.access_token, expires_in)
        return token

    def get(self, partner: str) -> str:
        with self._lock:
            cached = self._tokens.get(partner)
            if cached is None or cached.expires_at - REFRESH_MARGIN_S < time.time():
                cached = self._refresh(partner)
                self._tokens[partner] = cached
            return cached.access_token

    def invalidate(self, partner: str) -> None:
        with self._lock:
            self._tokens.pop(partner, None)
