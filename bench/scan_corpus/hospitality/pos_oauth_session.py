"""OAuth session for the cloud POS API (menus, orders, payments).

Access tokens last an hour; the refresh token is rotated on every refresh and
must be persisted immediately or the merchant connection is lost.
"""
from __future__ import annotations

import logging
import threading
import time

import requests

log = logging.getLogger(__name__)


class PosOAuthSession:
    def __init__(self, token_url: str, client_id: str, client_secret: str, merchant_id: str, token_store) -> None:
        self.token_url = token_url
        self.client_id = client_id
        self.client_secret = client_secret
        self.merchant_id = merchant_id
        self.token_store = token_store
        self._lock = threading.Lock()
        saved = token_store.load(merchant_id)
        self._access_token = saved["access_token"]
        self._refresh_token = saved["refresh_token"]
        self._expires_at = saved["expires_at"]

    def _refresh(self) -> None:
        resp = requests.post(
            self.token_url,
            data={
                "grant_type": "refresh_token",
                "refresh_token": self._refresh_token,
                "client_id": self.client_id,
                "client_secret": self.client_secret,
            },
            timeout=15,
        )
        resp.raise_for_status()
        body = resp.json()
        self._access_token = body["access_token"]
        self._refresh_token = body.get("refresh_token", self._refresh_token)
        self._expires_at = time.time() + body["expires_in"]
        self.token_store.save(self.merchant_id, self._access_token, self._refresh_token, self._expires_at)
        log.debug("POS token refreshed for merchant %s: access=%s expires_in=%s", self.merchant_id, self._access_token, body["expires_in"])

    def access_token(self) -> str:
        with self._lock:
            if time.time() > self._expires_at - 120:
                self._refresh()
            return self._access_token

    def get(self, url: str, **kwargs) -> requests.Response:
        headers = kwargs.pop("headers", {})
        headers["Authorization"] = f"Bearer {self.access_token()}"
        return requests.get(url, headers=headers, timeout=kwargs.pop("timeout", 20), **kwargs)
