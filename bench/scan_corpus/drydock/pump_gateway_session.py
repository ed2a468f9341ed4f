"""Authenticates the dock pump-house gateway against the telemetry ingestion API."""
from __future__ import annotations

import hashlib
import logging
import os
import time
from dataclasses import dataclass

import requests

log = logging.getLogger("pumphouse.session")


def fingerprint(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()[:10]


@dataclass
class GatewayCredentials:
    client_id: str
    client_secret: str
    token_url: str

    @classmethod
    def from_env(cls) -> "GatewayCredentials":
        return cls(os.environ["PUMPGW_CLIENT_ID"], os.environ["PUMPGW_CLIENT_SECRET"], os.environ["PUMPGW_TOKEN_URL"])


class GatewaySession:
    def __init__(self, creds: GatewayCredentials) -> None:
        self._creds = creds
        self._token: str | None = None
        self._expires_at = 0.0
        self._http = requests.Session()

    def _refresh(self) -> None:
        resp = self._http.post(
            self._creds.token_url,
            data={"grant_type": "client_credentials", "scope": "telemetry:write"},
            auth=(self._creds.client_id, self._creds.client_secret),
            timeout=15,
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._expires_at = time.monotonic() + body.get("expires_in", 300) - 30
        log.info("gateway token refreshed client=%s token_fp=%s ttl=%ss",
                 self._creds.client_id, fingerprint(self._token), body.get("expires_in"))

    def headers(self) -> dict[str, str]:
        if self._token is None or time.monotonic() >= self._expires_at:
            self._refresh()
        return {"Authorization": f"Bearer {self._token}"}
