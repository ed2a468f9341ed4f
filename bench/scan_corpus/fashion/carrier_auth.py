"""OAuth2 client-credentials helper for the parcel carrier's shipping API.

Tokens are valid for an hour; we refresh five minutes early and share the
token across worker threads.
"""
import logging
import os
import threading
import time

import requests

log = logging.getLogger("shipping.carrier")

REFRESH_MARGIN = 300


class CarrierTokenProvider:
    def __init__(self, token_url: str, client_id: str | None = None, client_secret: str | None = None):
        self.token_url = token_url
        self.client_id = client_id or os.environ["CARRIER_CLIENT_ID"]
        self.client_secret = client_secret or os.environ["CARRIER_CLIENT_SECRET"]
        self._token: str | None = None
        self._expires_at = 0.0
        self._lock = threading.Lock()

    def _fetch(self) -> None:
        resp = requests.post(
            self.token_url,
            data={"grant_type": "client_credentials", "scope": "shipments labels"},
            auth=(self.client_id, self.client_secret),
            timeout=10,
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._expires_at = time.time() + int(body.get("expires_in", 3600))
        log.debug("carrier token refreshed for %s: %s (expires in %ss)",
                  self.client_id, self._token, body.get("expires_in"))

    def token(self) -> str:
        with self._lock:
            if self._token is None or time.time() > self._expires_at - REFRESH_MARGIN:
                self._fetch()
            return self._token

    def auth_header(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token()}"}
