"""OAuth client-credentials session for the telematics provider's data API.

Ingestion workers share one instance; the bearer token is refreshed a minute
before it expires.
"""
import logging
import os
import threading
import time

import requests

log = logging.getLogger("telematics.auth")


class TelematicsSession:
    def __init__(self, token_url: str, api_base: str, client_id: str, client_secret: str) -> None:
        self._token_url = token_url
        self.api_base = api_base.rstrip("/")
        self._client_id = client_id
        self._client_secret = client_secret
        self._http = requests.Session()
        self._token: str | None = None
        self._expires_at = 0.0
        self._lock = threading.Lock()

    @classmethod
    def from_env(cls) -> "TelematicsSession":
        return cls(
            os.environ["TELEMATICS_TOKEN_URL"],
            os.environ["TELEMATICS_API_BASE"],
            os.environ["TELEMATICS_CLIENT_ID"],
            os.environ["TELEMATICS_CLIENT_SECRET"],
        )

    def _refresh(self) -> None:
        resp = self._http.post(
            self._token_url,
            data={"grant_type": "client_credentials", "scope": "positions:read trips:read"},
            auth=(self._client_id, self._client_secret),
            timeout=15,
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        expires_in = int(body.get("expires_in", 3600))
        self._expires_at = time.monotonic() + expires_in - 60
        log.info("telematics token refreshed: %s (expires in %ss)", self._token, expires_in)

    def get(self, path: str, **params) -> dict:
        with self._lock:
            if self._token is None or time.monotonic() >= self._expires_at:
                self._refresh()
            token = self._token
        resp = self._http.get(
            f"{self.api_base}{path}",
            params=params,
            headers={"Authorization": f"Bearer {token}"},
            timeout=30,
        )
        resp.raise_for_status()
        return resp.json()
