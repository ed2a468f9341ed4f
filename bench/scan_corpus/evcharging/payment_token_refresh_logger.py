"""OAuth client-credentials token cache for the payment service provider API."""
from __future__ import annotations

import logging
import os
import threading
import time
from dataclasses import dataclass

import httpx

log = logging.getLogger("payments.oauth")


def mask(value: str, visible: int = 4) -> str:
    if len(value) <= visible * 2:
        return "*" * len(value)
    return f"{'*' * 8}{value[-visible:]}"


@dataclass
class AccessToken:
    value: str
    expires_at: float

    def fresh(self, margin: float = 60.0) -> bool:
        return time.time() < self.expires_at - margin


class PspTokenProvider:
    def __init__(self, token_url: str, client_id: str, client_secret: str) -> None:
        self._token_url = token_url
        self._client_id = client_id
        self._client_secret = client_secret
        self._lock = threading.Lock()
        self._token: AccessToken | None = None

    @classmethod
    def from_env(cls) -> "PspTokenProvider":
        return cls(os.environ["VG_PSP_TOKEN_URL"], os.environ["VG_PSP_CLIENT_ID"],
                   os.environ["VG_PSP_CLIENT_SECRET"])

    def _refresh(self) -> AccessToken:
        resp = httpx.post(
            self._token_url,
            data={"grant_type": "client_credentials", "scope": "payments:preauth"},
            auth=(self._client_id, self._client_secret),
            timeout=10.0,
        )
        resp.raise_for_status()
        body = resp.json()
        token = AccessToken(body["access_token"], time.time() + int(body["expires_in"]))
        log.info("psp token refreshed for %s: %s valid %ss",
                 self._client_id, mask(token.value), body["expires_in"])
        return token

    def bearer(self) -> str:
        with self._lock:
            if self._token is None or not self._token.fresh():
                self._token = self._refresh()
            return f"Bearer {self._token.value}"
