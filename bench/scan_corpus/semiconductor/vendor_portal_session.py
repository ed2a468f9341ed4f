"""Session handling for the equipment vendor's parts portal API.

Access tokens are cached in memory until shortly before they expire. Request
logging goes through ``_loggable`` so credentials never reach the log files.
"""
from __future__ import annotations

import logging
import time

import httpx

log = logging.getLogger("vendor_portal")

_REDACTED_HEADERS = {"authorization", "x-api-key", "cookie"}


def _loggable(headers: dict) -> dict:
    return {k: ("***" if k.lower() in _REDACTED_HEADERS else v) for k, v in headers.items()}


class VendorPortalSession:
    def __init__(self, base_url: str, client_id: str, client_secret: str) -> None:
        self._client = httpx.Client(base_url=base_url, timeout=20.0)
        self._client_id = client_id
        self._client_secret = client_secret
        self._token: str | None = None
        self._expires_at = 0.0

    def _refresh(self) -> None:
        resp = self._client.post(
            "/oauth/token",
            data={"grant_type": "client_credentials"},
            auth=(self._client_id, self._client_secret),
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._expires_at = time.monotonic() + body.get("expires_in", 3600) - 60
        log.info("vendor portal token refreshed for client %s, valid %ss",
                 self._client_id, body.get("expires_in"))

    def get(self, path: str, **params) -> dict:
        if self._token is None or time.monotonic() >= self._expires_at:
            self._refresh()
        headers = {"Authorization": f"Bearer {self._token}", "Accept": "application/json"}
        log.debug("GET %s params=%s headers=%s", path, params, _loggable(headers))
        resp = self._client.get(path, params=params, headers=headers)
        resp.raise_for_status()
        return resp.json()
