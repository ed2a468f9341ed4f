"""Cache the supplier API access token between calls."""
import logging
import os
import time
from dataclasses import dataclass

import httpx

log = logging.getLogger(__name__)


@dataclass
class _Token:
    value: str
    expires_at: float
    scope: str


class TokenCache:
    def __init__(self, http: httpx.Client | None = None):
        self._http = http or httpx.Client(timeout=15.0)
        self._token: _Token | None = None

    def _refresh(self) -> _Token:
        resp = self._http.post(
            os.environ["SUPPLIER_TOKEN_URL"],
            data={"grant_type": "client_credentials", "scope": "orders stock"},
            auth=(os.environ["SUPPLIER_CLIENT_ID"], os.environ["SUPPLIER_CLIENT_SECRET"]),
        )
        resp.raise_for_status()
        body = resp.json()
        ttl = int(body.get("expires_in", 3600))
        token = _Token(body["access_token"], time.monotonic() + ttl - 60, body.get("scope", ""))
        log.info("supplier token refreshed for client %s, scope=%r, expires in %ds",
                 os.environ["SUPPLIER_CLIENT_ID"], token.scope, ttl)
        return token

    def bearer(self) -> str:
        if self._token is None or time.monotonic() >= self._token.expires_at:
            self._token = self._refresh()
        return f"Bearer {self._token.value}"
