"""Authenticated session against the national customs gateway (sandbox/live).

Tokens last 20 minutes. The session refreshes them on demand and logs the
lifecycle so that on-call can see why a submission got a 401.
"""
from __future__ import annotations

import logging
import time

import requests

from courier.config import settings

log = logging.getLogger("customs.gateway")


class GatewaySession(requests.Session):
    def __init__(self, client_id: str, client_secret: str):
        super().__init__()
        self._client_id = client_id
        self._client_secret = client_secret
        self._access_token: str | None = None
        self._expires_at = 0.0

    def _refresh(self) -> None:
        resp = super().request(
            "POST",
            settings.CUSTOMS_GATEWAY_TOKEN_URL,
            data={"grant_type": "client_credentials"},
            auth=(self._client_id, self._client_secret),
            timeout=15,
        )
        resp.raise_for_status()
        body = resp.json()
        self._access_token = body["access_token"]
        self._expires_at = time.monotonic() + int(body["expires_in"])
        log.info(
            "gateway token refreshed for client %s, expires in %ss, scope=%s",
            self._client_id, body["expires_in"], body.get("scope", "-"),
        )

    def request(self, method, url, *args, **kwargs):
        if self._access_token is None or time.monotonic() > self._expires_at - 30:
            self._refresh()
        headers = kwargs.pop("headers", None) or {}
        headers["Authorization"] = f"Bearer {self._access_token}"
        kwargs.setdefault("timeout", 30)
        resp = super().request(method, url, *args, headers=headers, **kwargs)
        if resp.status_code == 401:
            log.warning("gateway rejected token for %s %s; forcing refresh", method, url)
            self._access_token = None
        return resp
