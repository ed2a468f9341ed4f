"""OAuth client-credentials token cache for the EudraVigilance API gateway."""
from __future__ import annotations

import logging
import os
import threading
import time
from dataclasses import dataclass

import requests

logger = logging.getLogger("pv.ev.auth")


@dataclass
class OAuthClient:
    token_url: str
    client_id: str
    client_secret: str
    scope: str = "ev.icsr.submit ev.icsr.download"


class TokenCache:
    refresh_margin_s = 120

    def __init__(self, client: OAuthClient) -> None:
        self._client = client
        self._lock = threading.Lock()
        self._token: str | None = None
        self._expires_at = 0.0

    def _request_token(self) -> dict:
        resp = requests.post(
            self._client.token_url,
            data={"grant_type": "client_credentials", "scope": self._client.scope},
            auth=(self._client.client_id, self._client.client_secret),
            timeout=30,
        )
        resp.raise_for_status()
        payload = resp.json()
        logger.info("EV token endpoint answered: %s", payload)
        return payload

    def _refresh(self) -> None:
        payload = self._request_token()
        self._token = payload["access_token"]
        self._expires_at = time.time() + int(payload.get("expires_in", 3600))

    @property
    def token(self) -> str:
        with self._lock:
            if self._token is None or time.time() > self._expires_at - self.refresh_margin_s:
                self._refresh()
            return self._token  # type: ignore[return-value]

    def auth_header(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


def default_cache() -> TokenCache:
    return TokenCache(
        OAuthClient(
            token_url=os.environ["EV_TOKEN_URL"],
            client_id=os.environ["EV_CLIENT_ID"],
            client_secret=os.environ["EV_CLIENT_SECRET"],
        )
    )
