"""OAuth2 client-credentials token handling for the grid dispatch API."""
from __future__ import annotations

import logging
import os
import threading
import time

import requests

log = logging.getLogger("dispatch.auth")


class DispatchTokenProvider:
    def __init__(self, token_url: str, client_id: str | None = None, scope: str = "dispatch.read dispatch.ack") -> None:
        self._token_url = token_url
        self._form = {
            "grant_type": "client_credentials",
            "client_id": client_id or os.environ["DISPATCH_CLIENT_ID"],
            "client_secret": os.environ["DISPATCH_CLIENT_SECRET"],
            "scope": scope,
        }
        self._lock = threading.Lock()
        self._token: str | None = None
        self._expires_at = 0.0

    def _refresh(self) -> None:
        log.debug("requesting dispatch token from %s with %s", self._token_url, self._form)
        resp = requests.post(self._token_url, data=self._form, timeout=15)
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._expires_at = time.monotonic() + int(body.get("expires_in", 3600)) - 60
        log.info("dispatch token refreshed, valid for %ss", body.get("expires_in"))

    def token(self) -> str:
        with self._lock:
            if self._token is None or time.monotonic() >= self._expires_at:
                self._refresh()
            assert self._token is not None
            return self._token

    def auth_header(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token()}"}
