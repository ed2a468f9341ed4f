"""Service-to-service tokens for calling the identity provider's admin API."""
import logging
import os
import threading
import time

import requests

log = logging.getLogger("hr.sso")


class AdminTokenService:
    """Fetches and caches client-credentials tokens used by the deprovisioning job."""

    def __init__(self, token_url: str, client_id: str, scope: str = "users.manage"):
        self.token_url = token_url
        self.client_id = client_id
        self.scope = scope
        self._client_secret = os.environ["IDP_ADMIN_CLIENT_SECRET"]
        self._access_token: str | None = None
        self._expires_at = 0.0
        self._lock = threading.Lock()

    def _refresh(self) -> None:
        log.debug("Requesting %s token from %s for client %s", self.scope, self.token_url, self.client_id)
        resp = requests.post(
            self.token_url,
            data={"grant_type": "client_credentials", "scope": self.scope},
            auth=(self.client_id, self._client_secret),
            timeout=10,
        )
        if resp.status_code != 200:
            log.error("Token request for %s failed with HTTP %s", self.client_id, resp.status_code)
            resp.raise_for_status()
        payload = resp.json()
        self._access_token = payload["access_token"]
        expires_in = int(payload.get("expires_in", 300))
        self._expires_at = time.monotonic() + expires_in - 30
        log.info("Obtained %s token for %s (type=%s, expires in %ss)",
                 self.scope, self.client_id, payload.get("token_type"), expires_in)

    def access_token(self) -> str:
        with self._lock:
            if self._access_token is None or time.monotonic() >= self._expires_at:
                self._refresh()
            return self._access_token
