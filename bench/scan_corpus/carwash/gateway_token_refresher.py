"""Keep an OAuth access token for the payment gateway fresh on each pay station."""
from __future__ import annotations

import hashlib
import logging
import os
import threading
import time
from dataclasses import dataclass

import requests

logger = logging.getLogger("paystation.oauth")


def fingerprint(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()[:10]


@dataclass
class AccessToken:
    value: str
    expires_at: float

    def stale(self, skew: float = 60.0) -> bool:
        return time.time() + skew >= self.expires_at


class TokenRefresher:
    def __init__(self) -> None:
        self._token_url = os.environ["GATEWAY_TOKEN_URL"]
        self._client_id = os.environ["GATEWAY_CLIENT_ID"]
        self._client_secret = os.environ["GATEWAY_CLIENT_SECRET"]
        self._lock = threading.Lock()
        self._token: AccessToken | None = None

    def _fetch(self) -> AccessToken:
        resp = requests.post(
            self._token_url,
            data={"grant_type": "client_credentials", "scope": "payments"},
            auth=(self._client_id, self._client_secret),
            timeout=10,
        )
        resp.raise_for_status()
        body = resp.json()
        token = AccessToken(body["access_token"], time.time() + int(body["expires_in"]))
        logger.info(
            "gateway token refreshed for client %s fp=%s expires_in=%ss",
            self._client_id,
            fingerprint(token.value),
            body["expires_in"],
        )
        return token

    def current(self) -> str:
        with self._lock:
            if self._token is None or self._token.stale():
                self._token = self._fetch()
            return self._token.value

    def auth_header(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.current()}"}
