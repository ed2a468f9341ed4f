"""OAuth2 token handling for the county treasurer's revenue API."""
import logging
import threading
import time

import requests

logger = logging.getLogger("treasury.auth")


class TokenProvider:
    """Caches a client-credentials access token and refreshes it before expiry."""

    def __init__(self, token_url: str, client_id: str, client_secret: str, scope: str = "revenue.read"):
        self._token_url = token_url
        self._client_id = client_id
        self._client_secret = client_secret
        self._scope = scope
        self._lock = threading.Lock()
        self._access_token = None
        self._expires_at = 0.0

    def _refresh(self) -> None:
        resp = requests.post(
            self._token_url,
            data={"grant_type": "client_credentials", "scope": self._scope},
            auth=(self._client_id, self._client_secret),
            timeout=15,
        )
        resp.raise_for_status()
        payload = resp.json()
        self._access_token = payload["access_token"]
        ttl = int(payload.get("expires_in", 600))
        self._expires_at = time.monotonic() + ttl - 60
        logger.info("obtained access token for client %s (scope=%s, expires_in=%ss)", self._client_id, self._scope, ttl)

    def token(self) -> str:
        with self._lock:
            if self._access_token is None or time.monotonic() >= self._expires_at:
                self._refresh()
            return self._access_token

    def auth_header(self) -> dict:
        return {"Authorization": f"Bearer {self.token()}"}
