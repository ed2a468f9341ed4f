"""OAuth2 client-credentials token provider for the HRIS REST API."""
import logging
import os
import threading
import time

import requests

logger = logging.getLogger("lms.hris.auth")


class HRISTokenProvider:
    refresh_margin = 60

    def __init__(self, token_url: str, client_id: str, client_secret: str | None = None,
                 scope: str = "workers.read learning.write"):
        self.token_url = token_url
        self.client_id = client_id
        self.scope = scope
        self._client_secret = client_secret or os.environ["HRIS_CLIENT_SECRET"]
        self._lock = threading.Lock()
        self._token: str | None = None
        self._expires_at = 0.0

    def _fetch(self) -> None:
        resp = requests.post(
            self.token_url,
            data={"grant_type": "client_credentials", "scope": self.scope},
            auth=(self.client_id, self._client_secret),
            timeout=10,
        )
        resp.raise_for_status()
        payload = resp.json()
        expires_in = int(payload.get("expires_in", 3600))
        self._token = payload["access_token"]
        self._expires_at = time.monotonic() + expires_in
        logger.debug("HRIS token refreshed for %s: %s (expires in %ss)", self.client_id, self._token, expires_in)

    def token(self) -> str:
        with self._lock:
            if self._token is None or time.monotonic() > self._expires_at - self.refresh_margin:
                self._fetch()
            return self._token

    def auth_header(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token()}"}
