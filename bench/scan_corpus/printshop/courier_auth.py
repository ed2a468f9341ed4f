"""OAuth2 client-credentials token cache for the courier APIs.

Both the label API and the collection-booking API accept the same bearer
token; it is cached in-process and refreshed a minute before it expires.
"""
from __future__ import annotations

import logging
import os
import threading
import time

import httpx

logger = logging.getLogger("printshop.courier.auth")


class CourierTokenProvider:
    REFRESH_MARGIN = 60

    def __init__(self, token_url: str, client_id: str, client_secret: str) -> None:
        self._token_url = token_url
        self._client_id = client_id
        self._client_secret = client_secret
        self._lock = threading.Lock()
        self._token: str | None = None
        self._expires_at = 0.0

    @classmethod
    def from_env(cls) -> "CourierTokenProvider":
        return cls(
            os.environ["COURIER_TOKEN_URL"],
            os.environ["COURIER_CLIENT_ID"],
            os.environ["COURIER_CLIENT_SECRET"],
        )

    def _refresh(self) -> None:
        resp = httpx.post(
            self._token_url,
            data={"grant_type": "client_credentials", "scope": "labels collections"},
            auth=(self._client_id, self._client_secret),
            timeout=15.0,
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._expires_at = time.monotonic() + int(body.get("expires_in", 3600))
        logger.debug(
            "courier token refreshed for %s: %s (expires in %ss)",
            self._client_id, self._token, body.get("expires_in"),
        )

    def token(self) -> str:
        with self._lock:
            if self._token is None or time.monotonic() > self._expires_at - self.REFRESH_MARGIN:
                self._refresh()
            return self._token

    def auth_header(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token()}"}
