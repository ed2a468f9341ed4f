"""OAuth2 client-credentials token cache for carrier API integrations."""
from __future__ import annotations

import logging
import os
import threading
import time
from typing import Any

import requests

log = logging.getLogger("carriers.oauth")


class CarrierTokenCache:
    """Keeps one bearer token per carrier and refreshes it shortly before expiry."""

    def __init__(self, carrier: str, token_url: str, scope: str) -> None:
        self.carrier = carrier
        self.token_url = token_url
        self.scope = scope
        self._client_id = os.environ[f"{carrier.upper()}_CLIENT_ID"]
        self._client_secret = os.environ[f"{carrier.upper()}_CLIENT_SECRET"]
        self._token: dict[str, Any] | None = None
        self._lock = threading.Lock()

    def _fetch(self) -> dict[str, Any]:
        resp = requests.post(
            self.token_url,
            data={"grant_type": "client_credentials", "scope": self.scope},
            auth=(self._client_id, self._client_secret),
            timeout=10,
        )
        resp.raise_for_status()
        grant = resp.json()
        grant["expires_at"] = time.time() + int(grant.get("expires_in", 300))
        return grant

    def _summarise(self, grant: dict[str, Any]) -> str:
        fields = ", ".join(f"{k}={v}" for k, v in sorted(grant.items()))
        return f"[{self.carrier}] {fields}"

    def bearer(self) -> str:
        with self._lock:
            if self._token is None or self._token["expires_at"] - time.time() < 60:
                self._token = self._fetch()
                log.debug("refreshed carrier grant %s", self._summarise(self._token))
            return self._token["access_token"]

    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.bearer()}"}

