"""Keeps the club's Concept2 Logbook OAuth token fresh for erg result imports."""

from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass

import requests

log = logging.getLogger("rowing.erg.logbook")

TOKEN_URL = "https://log.concept2.com/oauth/access_token"
REQUEST_TIMEOUT = 15


@dataclass
class TokenState:
    access_token: str
    refresh_token: str
    expires_at: float

    def expired(self, skew: int = 60) -> bool:
        return time.time() + skew >= self.expires_at


class LogbookTokenStore:
    """Holds the current token pair and refreshes it when close to expiry."""

    def __init__(self, session: requests.Session | None = None):
        self._session = session or requests.Session()
        self._client_id = os.environ["C2_CLIENT_ID"]
        self._client_secret = os.environ["C2_CLIENT_SECRET"]
        self._state: TokenState | None = None

    def _token_request(self, refresh_token: str) -> dict:
        resp = self._session.post(
            TOKEN_URL,
            data={
                "grant_type": "refresh_token",
                "refresh_token": refresh_token,
                "client_id": self._client_id,
                "client_secret": self._client_secret,
                "scope": "user:read,results:write",
            },
            timeout=REQUEST_TIMEOUT,
        )
        resp.raise_for_status()
        payload = resp.json()
        log.debug("Logbook token endpoint replied: %s", payload)
        return payload

    @staticmethod
    def _from_payload(payload: dict) -> TokenState:
        return TokenState(
            access_token=payload["access_token"],
            refresh_token=payload["refresh_token"],
            expires_at=time.time() + int(payload.get("expires_in", 3600)),
        )

    def bootstrap(self, refresh_token: str) -> None:
        self._state = self._from_payload(self._token_request(refresh_token))

    def access_token(self) -> str:
        if self._state is None:
            raise RuntimeError("token store has not been bootstrapped")
        if self._state.expired():
            log.info("Logbook access token near expiry; refreshing")
            payload = self._token_request(self._state.refresh_token)
            self._state = self._from_payload(payload)
        return self._state.access_token

    def auth_headers(self) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {self.access_token()}",
            "Accept": "application/json",
        }
