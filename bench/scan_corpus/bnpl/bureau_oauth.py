"""OAuth2 client-credentials token provider for the open-banking affordability API."""
from __future__ import annotations

import logging
import threading
import time

import requests

from bnpl.config import settings

log = logging.getLogger("bnpl.affordability.auth")


class AffordabilityTokenProvider:
    """Caches the bearer token and refreshes it shortly before it expires."""

    refresh_margin = 60

    def __init__(self, session: requests.Session | None = None):
        self._session = session or requests.Session()
        self._lock = threading.Lock()
        self._token: str | None = None
        self._expires_at = 0.0

    def _fetch(self) -> None:
        resp = self._session.post(
            settings.AFFORDABILITY_TOKEN_URL,
            data={"grant_type": "client_credentials", "scope": "affordability:read"},
            auth=(settings.AFFORDABILITY_CLIENT_ID, settings.AFFORDABILITY_CLIENT_SECRET),
            timeout=10,
        )
        resp.raise_for_status()
        payload = resp.json()
        self._token = payload["access_token"]
        self._expires_at = time.monotonic() + int(payload.get("expires_in", 300))
        log.debug(
            "affordability token refreshed token=%s expires_in=%s scope=%s",
            self._token,
            payload.get("expires_in"),
            payload.get("scope"),
        )

    def token(self) -> str:
        with self._lock:
            if self._token is None or time.monotonic() > self._expires_at - self.refresh_margin:
                self._fetch()
            return self._token

    def auth_header(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token()}"}
