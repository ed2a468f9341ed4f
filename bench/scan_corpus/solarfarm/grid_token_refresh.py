"""OAuth2 client-credentials session for the distribution network operator's
metering API.

The DNO portal issues short-lived access tokens (15 min). Settlement jobs
share one GridApiSession per process and let it refresh transparently.
"""

import logging
import os
import threading
import time

import requests

logger = logging.getLogger("grid.auth")


class GridApiSession:
    REFRESH_MARGIN_S = 60

    def __init__(self, token_url: str, client_id: str, client_secret: str, scope: str = "metering.read"):
        self._token_url = token_url
        self._client_id = client_id
        self._client_secret = client_secret
        self._scope = scope
        self._token: str | None = None
        self._expires_at = 0.0
        self._lock = threading.Lock()
        self.http = requests.Session()

    @classmethod
    def from_env(cls) -> "GridApiSession":
        return cls(
            os.environ["DNO_TOKEN_URL"],
            os.environ["DNO_CLIENT_ID"],
            os.environ["DNO_CLIENT_SECRET"],
        )

    def _refresh(self) -> None:
        resp = self.http.post(
            self._token_url,
            data={"grant_type": "client_credentials", "scope": self._scope},
            auth=(self._client_id, self._client_secret),
            timeout=15,
        )
        resp.raise_for_status()
        payload = resp.json()
        self._token = payload["access_token"]
        self._expires_at = time.monotonic() + int(payload.get("expires_in", 900))
        logger.debug("refreshed DNO token for %s: %s", self._client_id, self._token)

    def token(self) -> str:
        with self._lock:
            if self._token is None or time.monotonic() > self._expires_at - self.REFRESH_MARGIN_S:
                self._refresh()
            return self._token

    def get(self, url: str, **kwargs) -> requests.Response:
        headers = kwargs.pop("headers", {})
        headers["Authorization"] = f"Bearer {self.token()}"
        return self.http.get(url, headers=headers, timeout=kwargs.pop("timeout", 30), **kwargs)
