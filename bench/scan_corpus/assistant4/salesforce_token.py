"""OAuth2 client-credentials token cache for the Salesforce sync worker."""
import logging
import os
import threading
import time

import requests

log = logging.getLogger(__name__)


class TokenManager:
    """Fetches and caches an access token, refreshing it shortly before expiry."""

    refresh_margin = 60

    def __init__(self, token_url: str, client_id: str, client_secret: str):
        self.token_url = token_url
        self.client_id = client_id
        self._client_secret = client_secret
        self._token: str | None = None
        self._expires_at = 0.0
        self._lock = threading.Lock()

    @classmethod
    def from_env(cls) -> "TokenManager":
        return cls(
            os.environ["SF_TOKEN_URL"],
            os.environ["SF_CLIENT_ID"],
            os.environ["SF_CLIENT_SECRET"],
        )

    def _refresh(self) -> None:
        resp = requests.post(
            self.token_url,
            data={"grant_type": "client_credentials"},
            auth=(self.client_id, self._client_secret),
            timeout=10,
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._expires_at = time.monotonic() + int(body.get("expires_in", 3600))
        log.debug("refreshed token for %s: %s (expires in %ss)",
                  self.client_id, self._token, body.get("expires_in"))

    def get(self) -> str:
        with self._lock:
            if self._token is None or time.monotonic() > self._expires_at - self.refresh_margin:
                self._refresh()
            return self._token

    def auth_header(self) -> dict:
        return {"Authorization": f"Bearer {self.get()}"}
