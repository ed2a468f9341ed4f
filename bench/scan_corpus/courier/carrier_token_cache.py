"""OAuth client-credentials token cache for the partner carrier handover API.

Parcels going to remote postcodes are handed over to a regional partner; we
book the handover through their API with a short-lived bearer token.
"""
from __future__ import annotations

import logging
import os
import threading
import time

import requests

log = logging.getLogger("carrier.handover")


class CarrierTokenCache:
    refresh_margin = 60

    def __init__(self, token_url: str, client_id: str, client_secret: str, scope: str = "handover"):
        self.token_url = token_url
        self.client_id = client_id
        self.client_secret = client_secret
        self.scope = scope
        self._token: str | None = None
        self._expires_at = 0.0
        self._lock = threading.Lock()

    @classmethod
    def from_env(cls) -> "CarrierTokenCache":
        return cls(
            token_url=os.environ["PARTNER_CARRIER_TOKEN_URL"],
            client_id=os.environ["PARTNER_CARRIER_CLIENT_ID"],
            client_secret=os.environ["PARTNER_CARRIER_CLIENT_SECRET"],
        )

    def _fetch(self) -> dict:
        resp = requests.post(
            self.token_url,
            data={"grant_type": "client_credentials", "scope": self.scope},
            auth=(self.client_id, self.client_secret),
            timeout=10,
        )
        resp.raise_for_status()
        payload = resp.json()
        log.debug("token endpoint responded: %s", payload)
        return payload

    def token(self) -> str:
        with self._lock:
            if self._token is None or time.monotonic() >= self._expires_at - self.refresh_margin:
                payload = self._fetch()
                self._token = payload["access_token"]
                self._expires_at = time.monotonic() + int(payload.get("expires_in", 300))
            return self._token

    def auth_header(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token()}"}
