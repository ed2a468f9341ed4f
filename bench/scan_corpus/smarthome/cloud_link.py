"""Maintains the hub's OAuth access token for the cloud API."""
from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass

import requests

log = logging.getLogger(__name__)


@dataclass
class AccessToken:
    value: str
    expires_at: float

    @property
    def expires_in(self) -> int:
        return max(0, int(self.expires_at - time.time()))

    def __repr__(self) -> str:
        return f"AccessToken(expires_in={self.expires_in})"


class CloudLink:
    def __init__(self, token_url: str, hub_id: str, refresh_margin_s: int = 120) -> None:
        self._token_url = token_url
        self._hub_id = hub_id
        self._refresh_margin_s = refresh_margin_s
        self._token: AccessToken | None = None
        self._session = requests.Session()

    def _client_credentials(self) -> tuple[str, str]:
        return os.environ["HUB_CLIENT_ID"], os.environ["HUB_CLIENT_SECRET"]

    def _refresh(self) -> AccessToken:
        client_id, client_secret = self._client_credentials()
        resp = self._session.post(
            self._token_url,
            data={"grant_type": "client_credentials", "scope": f"hub:{self._hub_id}"},
            auth=(client_id, client_secret),
            timeout=10,
        )
        resp.raise_for_status()
        body = resp.json()
        token = AccessToken(body["access_token"], time.time() + int(body["expires_in"]))
        log.info("refreshed access token for hub %s (expires in %ss)", self._hub_id, token.expires_in)
        return token

    def token(self) -> str:
        if self._token is None or self._token.expires_in < self._refresh_margin_s:
            self._token = self._refresh()
        return self._token.value
