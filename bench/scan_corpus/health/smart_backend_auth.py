"""OAuth2 client-credentials token cache for the EHR vendor's bulk data API."""
import logging
import os
import threading
import time

import requests

log = logging.getLogger(__name__)


class BulkDataAuth:
    def __init__(self, token_url: str, client_id: str, client_secret: str, scope: str):
        self.token_url = token_url
        self.client_id = client_id
        self._client_secret = client_secret
        self.scope = scope
        self._token: str | None = None
        self._expires_at = 0.0
        self._lock = threading.Lock()
        self._http = requests.Session()

    @classmethod
    def from_env(cls) -> "BulkDataAuth":
        return cls(
            token_url=os.environ["EHR_TOKEN_URL"],
            client_id=os.environ["EHR_CLIENT_ID"],
            client_secret=os.environ["EHR_CLIENT_SECRET"],
            scope=os.environ.get("EHR_SCOPE", "system/*.read"),
        )

    def _refresh(self) -> None:
        resp = self._http.post(
            self.token_url,
            data={"grant_type": "client_credentials", "scope": self.scope},
            auth=(self.client_id, self._client_secret),
            timeout=15,
        )
        resp.raise_for_status()
        payload = resp.json()
        self._token = payload["access_token"]
        expires_in = int(payload.get("expires_in", 300))
        self._expires_at = time.monotonic() + expires_in - 30
        log.info("obtained EHR access token for client %s (scope=%s, expires_in=%ss)",
                 self.client_id, payload.get("scope", self.scope), expires_in)

    def headers(self) -> dict[str, str]:
        with self._lock:
            if self._token is None or time.monotonic() >= self._expires_at:
                self._refresh()
            return {"Authorization": f"Bearer {self._token}"}
