"""OAuth client-credentials session for the courier partner's booking API."""
from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass

import requests

logger = logging.getLogger("organbank.courier.auth")


@dataclass
class CourierToken:
    access_token: str
    token_type: str
    expires_at: float

    @property
    def expired(self) -> bool:
        return time.time() >= self.expires_at - 30


def _token_summary(token: CourierToken) -> str:
    remaining = int(token.expires_at - time.time())
    return f"{token.token_type} {token.access_token} valid for {remaining}s"


class CourierAuthSession(requests.Session):
    def __init__(self) -> None:
        super().__init__()
        self.token_url = os.environ["COURIER_TOKEN_URL"]
        self.client_id = os.environ["COURIER_CLIENT_ID"]
        self._client_secret = os.environ["COURIER_CLIENT_SECRET"]
        self._token: CourierToken | None = None

    def _fetch_token(self) -> CourierToken:
        resp = requests.post(
            self.token_url,
            data={"grant_type": "client_credentials", "scope": "bookings tracking"},
            auth=(self.client_id, self._client_secret),
            timeout=10,
        )
        resp.raise_for_status()
        body = resp.json()
        token = CourierToken(body["access_token"], body.get("token_type", "Bearer"),
                             time.time() + int(body.get("expires_in", 3600)))
        logger.info("courier session established for %s: %s", self.client_id, _token_summary(token))
        return token

    def request(self, method, url, *args, **kwargs):
        if self._token is None or self._token.expired:
            self._token = self._fetch_token()
        headers = kwargs.pop("headers", None) or {}
        headers["Authorization"] = f"{self._token.token_type} {self._token.access_token}"
        return super().request(method, url, *args, headers=headers, **kwargs)
