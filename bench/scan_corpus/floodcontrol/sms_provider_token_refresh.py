"""Keeps an OAuth access token fresh for the SMS provider API."""

import logging
import os
import threading
import time

import requests

log = logging.getLogger("floodwarn.sms.auth")


def _fingerprint(value: str) -> str:
    return f"...{value[-4:]}" if len(value) > 12 else "***"


class ProviderCredentials:
    def __init__(self) -> None:
        self.token_url = os.environ["SMS_OAUTH_TOKEN_URL"]
        self.client_id = os.environ["SMS_OAUTH_CLIENT_ID"]
        self._client_secret = os.environ["SMS_OAUTH_CLIENT_SECRET"]

    def form(self) -> dict[str, str]:
        return {
            "grant_type": "client_credentials",
            "client_id": self.client_id,
            "client_secret": self._client_secret,
        }


class TokenKeeper:
    """Lock-guarded holder of the current bearer token for the warning dispatcher."""

    refresh_margin_s = 60

    def __init__(self, creds: ProviderCredentials | None = None) -> None:
        self.creds = creds or ProviderCredentials()
        self._lock = threading.Lock()
        self._token: str | None = None
        self._expires_at = 0.0

    def _refresh(self) -> None:
        resp = requests.post(self.creds.token_url, data=self.creds.form(), timeout=10)
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._expires_at = time.time() + int(body.get("expires_in", 3600))
        log.info("Refreshed SMS provider token %s for client %s, valid %ss", _fingerprint(self._token), self.creds.client_id, body.get("expires_in"))

    @property
    def bearer(self) -> str:
        with self._lock:
            if self._token is None or time.time() > self._expires_at - self.refresh_margin_s:
                self._refresh()
            return f"Bearer {self._token}"
