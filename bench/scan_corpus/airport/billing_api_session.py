"""Authenticated session for the revenue management billing API."""
from __future__ import annotations

import logging
import time

import requests

log = logging.getLogger("billing.session")

SENSITIVE_HEADERS = {"authorization", "cookie", "x-api-key"}


def redacted(headers) -> dict:
    return {k: ("<redacted>" if k.lower() in SENSITIVE_HEADERS else v) for k, v in headers.items()}


class BillingSession(requests.Session):
    def __init__(self, base_url: str, client_id: str, client_secret: str, ca_bundle: str | None = None):
        super().__init__()
        self.base_url = base_url.rstrip("/")
        self._client_id = client_id
        self._client_secret = client_secret
        if ca_bundle:
            self.verify = ca_bundle
        self._expires_at = 0.0

    def _refresh_token(self) -> None:
        resp = super().request(
            "POST", f"{self.base_url}/oauth/token",
            data={"grant_type": "client_credentials", "scope": "invoices:write"},
            auth=(self._client_id, self._client_secret), timeout=20,
        )
        resp.raise_for_status()
        payload = resp.json()
        self.headers["Authorization"] = f"Bearer {payload['access_token']}"
        self._expires_at = time.monotonic() + payload.get("expires_in", 3600) - 60
        log.info("billing token refreshed for client %s, valid %ss",
                 self._client_id, payload.get("expires_in"))
        log.debug("session headers: %s", redacted(self.headers))

    def request(self, method, url, *args, **kwargs):
        if time.monotonic() >= self._expires_at:
            self._refresh_token()
        kwargs.setdefault("timeout", 20)
        if url.startswith("/"):
            url = f"{self.base_url}{url}"
        return super().request(method, url, *args, **kwargs)
