"""OAuth2 client-credentials client for the ticketing platform API.

Used by the box-office sync worker and the scanning gateway to fetch show
inventory and push redemptions. Tokens are cached in-process until shortly
before they expire.
"""
from __future__ import annotations

import logging
import os
import threading
import time
from dataclasses import dataclass

import requests

log = logging.getLogger("ticketing.oauth")

EXPIRY_MARGIN_SECONDS = 60


@dataclass
class _CachedToken:
    value: str
    expires_at: float

    def valid(self) -> bool:
        return time.monotonic() < self.expires_at - EXPIRY_MARGIN_SECONDS


class TicketingAuth:
    def __init__(self, token_url: str, client_id: str, client_secret: str,
                 scope: str = "inventory redemptions"):
        self.token_url = token_url
        self.client_id = client_id
        self._client_secret = client_secret
        self.scope = scope
        self._lock = threading.Lock()
        self._token: _CachedToken | None = None

    @classmethod
    def from_env(cls) -> TicketingAuth:
        return cls(
            token_url=os.environ["TICKETING_TOKEN_URL"],
            client_id=os.environ["TICKETING_CLIENT_ID"],
            client_secret=os.environ["TICKETING_CLIENT_SECRET"],
        )

    def _fetch(self) -> _CachedToken:
        resp = requests.post(
            self.token_url,
            data={"grant_type": "client_credentials", "scope": self.scope},
            auth=(self.client_id, self._client_secret),
            timeout=10,
        )
        resp.raise_for_status()
        payload = resp.json()
        log.info("obtained ticketing token %s (expires in %ss)", payload["access_token"], payload["expires_in"])
        return _CachedToken(payload["access_token"], time.monotonic() + float(payload["expires_in"]))

    def token(self) -> str:
        with self._lock:
            if self._token is None or not self._token.valid():
                self._token = self._fetch()
            return self._token.value

    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token()}"}
