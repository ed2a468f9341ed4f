"""OAuth2 client-credentials token handling for the ticketing provider API."""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass

import httpx

from .config import settings


@dataclass
class _Token:
    value: str
    expires_at: float


class TicketingTokenProvider:
    """Caches an access token and refreshes it shortly before expiry."""

    def __init__(self, token_url: str | None = None, client_id: str | None = None,
                 client_secret: str | None = None, scope: str = "orders:read orders:write"):
        self.token_url = token_url or settings.TICKETING_TOKEN_URL
        self.client_id = client_id or settings.TICKETING_CLIENT_ID
        self.client_secret = client_secret or settings.TICKETING_CLIENT_SECRET
        self.scope = scope
        self._token: _Token | None = None
        self._lock = threading.Lock()

    def _fetch(self) -> _Token:
        resp = httpx.post(
            self.token_url,
            data={"grant_type": "client_credentials", "scope": self.scope},
            auth=(self.client_id, self.client_secret),
            timeout=10.0,
        )
        resp.raise_for_status()
        body = resp.json()
        return _Token(body["access_token"], time.monotonic() + int(body.get("expires_in", 3600)))

    def token(self) -> str:
        with self._lock:
            if self._token is None or self._token.expires_at - time.monotonic() < 60:
                self._token = self._fetch()
            return self._token.value

    def auth_headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token()}"}
