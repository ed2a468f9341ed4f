"""Client for the freight forwarder's customs brokerage API (entry filing and status)."""
from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass, field
from typing import Any

import httpx

log = logging.getLogger("customs.broker")


@dataclass
class BrokerCredentials:
    client_id: str = field(default_factory=lambda: os.environ["BROKER_CLIENT_ID"])
    client_secret: str = field(default_factory=lambda: os.environ["BROKER_CLIENT_SECRET"])
    scope: str = "entries:write entries:read"


class BrokerClient:
    token_url = "https://auth.clearpath-forwarding.com/oauth2/token"
    api_base = "https://api.clearpath-forwarding.com/v2"

    def __init__(self, creds: BrokerCredentials | None = None) -> None:
        self._creds = creds or BrokerCredentials()
        self._http = httpx.Client(timeout=20.0)
        self._token: str | None = None
        self._expires_at = 0.0

    def _token_form(self) -> dict[str, str]:
        return {
            "grant_type": "client_credentials",
            "client_id": self._creds.client_id,
            "client_secret": self._creds.client_secret,
            "scope": self._creds.scope,
        }

    def _access_token(self) -> str:
        if self._token and time.monotonic() < self._expires_at - 30:
            return self._token
        form = self._token_form()
        resp = self._http.post(self.token_url, data=form)
        if resp.status_code != 200:
            log.error("token request rejected status=%s form=%s", resp.status_code, form)
            resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._expires_at = time.monotonic() + int(body.get("expires_in", 3600))
        return self._token

    def file_entry(self, entry: dict[str, Any]) -> str:
        resp = self._http.post(
            f"{self.api_base}/entries",
            json=entry,
            headers={"Authorization": f"Bearer {self._access_token()}"},
        )
        resp.raise_for_status()
        entry_id = resp.json()["entry_id"]
        log.info("filed entry %s for shipment %s", entry_id, entry.get("shipment_ref"))
        return entry_id

    def entry_status(self, entry_id: str) -> str:
        resp = self._http.get(
            f"{self.api_base}/entries/{entry_id}",
            headers={"Authorization": f"Bearer {self._access_token()}"},
        )
        resp.raise_for_status()
        return resp.json()["status"]
