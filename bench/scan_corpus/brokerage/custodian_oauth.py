"""OAuth client-credentials helper for the custodian's account-transfer (ACATS) API."""
import logging
import os
import threading
import time

import requests

log = logging.getLogger(__name__)


class CustodianTokenProvider:
    """Caches the bearer token and refreshes it shortly before expiry."""

    def __init__(self, token_url: str | None = None, scope: str = "acats.transfers"):
        self._token_url = token_url or os.environ["CUSTODIAN_TOKEN_URL"]
        self._client_id = os.environ["CUSTODIAN_CLIENT_ID"]
        self._client_secret = os.environ["CUSTODIAN_CLIENT_SECRET"]
        self._scope = scope
        self._lock = threading.Lock()
        self._token: str | None = None
        self._expires_at = 0.0
        self._http = requests.Session()

    def _refresh(self) -> None:
        resp = self._http.post(
            self._token_url,
            data={"grant_type": "client_credentials", "scope": self._scope},
            auth=(self._client_id, self._client_secret),
            timeout=10,
        )
        resp.raise_for_status()
        body = resp.json()
        log.debug("custodian token refreshed: %s", body)
        self._token = body["access_token"]
        self._expires_at = time.monotonic() + int(body.get("expires_in", 3600)) - 60

    def token(self) -> str:
        with self._lock:
            if self._token is None or time.monotonic() >= self._expires_at:
                self._refresh()
            return self._token

    def auth_header(self) -> dict:
        return {"Authorization": f"Bearer {self.token()}"}
