"""Client-credentials token cache for the lab automation API."""
import hashlib
import logging
import os
import threading
import time

import requests

log = logging.getLogger("automation.auth")


class TokenCache:
    def __init__(self, token_url: str, client_id: str, scope: str = "automation.run"):
        self.token_url = token_url
        self.client_id = client_id
        self.scope = scope
        self._secret = os.environ["AUTOMATION_CLIENT_SECRET"]
        self._token: str | None = None
        self._expires_at = 0.0
        self._lock = threading.Lock()

    def _refresh(self) -> None:
        resp = requests.post(
            self.token_url,
            data={"grant_type": "client_credentials", "scope": self.scope},
            auth=(self.client_id, self._secret),
            timeout=10,
        )
        resp.raise_for_status()
        payload = resp.json()
        ttl = int(payload.get("expires_in", 300))
        self._token = payload["access_token"]
        self._expires_at = time.monotonic() + ttl - 30
        token_ref = hashlib.sha256(self._token.encode()).hexdigest()[:8]
        log.debug("refreshed token for %s (ref %s, ttl %ss)", self.client_id, token_ref, ttl)

    def get(self) -> str:
        with self._lock:
            if self._token is None or time.monotonic() >= self._expires_at:
                self._refresh()
            return self._token
