"""OAuth client-credentials helper for the lab automation platform.

Liquid handlers and the plate hotel scheduler call the automation API with a
short-lived access token; this helper fetches and caches it.
"""
import logging
import os
import threading
import time

import requests

log = logging.getLogger("automation.auth")


class TokenProvider:
    def __init__(self, token_url: str, client_id: str, scope: str = "automation.run"):
        self.token_url = token_url
        self.client_id = client_id
        self.scope = scope
        self._client_secret = os.environ["AUTOMATION_CLIENT_SECRET"]
        self._token: str | None = None
        self._expires_at = 0.0
        self._lock = threading.Lock()

    def _fetch(self) -> None:
        resp = requests.post(
            self.token_url,
            data={"grant_type": "client_credentials", "scope": self.scope},
            auth=(self.client_id, self._client_secret),
            timeout=10,
        )
        resp.raise_for_status()
        payload = resp.json()
        self._token = payload["access_token"]
        self._expires_at = time.monotonic() + int(payload.get("expires_in", 300)) - 30
        log.debug("new access token for %s: %s (expires in %ss)", self.client_id, self._token, payload.get("expires_in"))

    def token(self) -> str:
        with self._lock:
            if self._token is None or time.monotonic() >= self._expires_at:
                self._fetch()
            return self._token

    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token()}"}
