"""OAuth token handling for airline NDC distribution APIs.

One ``NdcTokenManager`` per airline connection; it caches the bearer token
and refreshes it shortly before expiry.
"""
import logging
import threading
import time

import requests

log = logging.getLogger(__name__)

REFRESH_MARGIN = 60


class NdcTokenManager:
    def __init__(self, token_url: str, client_id: str, client_secret: str, scope: str = "ndc"):
        self._token_url = token_url
        self._client_id = client_id
        self._client_secret = client_secret
        self._scope = scope
        self._http = requests.Session()
        self._lock = threading.Lock()
        self._token: str | None = None
        self._expires_at = 0.0

    def _refresh(self) -> None:
        resp = self._http.post(
            self._token_url,
            data={"grant_type": "client_credentials", "scope": self._scope},
            auth=(self._client_id, self._client_secret),
            timeout=10,
        )
        resp.raise_for_status()
        body = resp.json()
        expires_in = int(body.get("expires_in", 1800))
        self._token = body["access_token"]
        self._expires_at = time.monotonic() + expires_in - REFRESH_MARGIN
        log.debug("NDC token refreshed for %s: %s (expires in %ss)", self._client_id, self._token, expires_in)

    def token(self) -> str:
        with self._lock:
            if self._token is None or time.monotonic() >= self._expires_at:
                self._refresh()
            return self._token

    def auth_headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token()}"}

    def invalidate(self) -> None:
        with self._lock:
            self._token = None
