"""Access-token cache for the payment gateway's refunds API."""
import logging
import os
import threading
import time
from dataclasses import dataclass

import requests

log = logging.getLogger("payments.gateway")


@dataclass
class _Token:
    value: str
    expires_at: float


class GatewayAuth:
    early_refresh = 120

    def __init__(self, token_url: str):
        self.token_url = token_url
        self._client_id = os.environ["GATEWAY_CLIENT_ID"]
        self._client_secret = os.environ["GATEWAY_CLIENT_SECRET"]
        self._token: _Token | None = None
        self._lock = threading.Lock()

    def _refresh(self) -> _Token:
        started = time.monotonic()
        resp = requests.post(
            self.token_url,
            data={"grant_type": "client_credentials", "scope": "refunds:write"},
            auth=(self._client_id, self._client_secret),
            timeout=10,
        )
        resp.raise_for_status()
        body = resp.json()
        token = _Token(body["access_token"], time.time() + int(body["expires_in"]))
        log.info(
            "gateway token refreshed: client=%s scope=%s expires_in=%ss took=%.0fms",
            self._client_id,
            body.get("scope"),
            body["expires_in"],
            (time.monotonic() - started) * 1000,
        )
        return token

    def bearer(self) -> str:
        with self._lock:
            if self._token is None or time.time() > self._token.expires_at - self.early_refresh:
                self._token = self._refresh()
            return self._token.value

    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.bearer()}"}
