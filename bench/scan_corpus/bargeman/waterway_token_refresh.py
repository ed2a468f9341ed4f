"""OAuth client-credentials token cache for the waterway authority gateway."""
import logging
import threading
import time

import httpx

from bargeman.settings import settings

log = logging.getLogger(__name__)


class WaterwayTokenProvider:
    refresh_margin = 60

    def __init__(self):
        self._lock = threading.Lock()
        self._access_token: str | None = None
        self._expires_at = 0.0

    def _request_token(self) -> dict:
        resp = httpx.post(
            settings.WATERWAY_TOKEN_URL,
            data={"grant_type": "client_credentials", "scope": "voyages locks"},
            auth=(settings.WATERWAY_CLIENT_ID, settings.WATERWAY_CLIENT_SECRET),
            timeout=10.0,
        )
        resp.raise_for_status()
        return resp.json()

    def token(self) -> str:
        with self._lock:
            if self._access_token and time.monotonic() < self._expires_at - self.refresh_margin:
                return self._access_token
            grant = self._request_token()
            self._access_token = grant["access_token"]
            self._expires_at = time.monotonic() + grant["expires_in"]
            log.info(
                "waterway access token refreshed for client %s, scope=%s, expires_in=%ss",
                settings.WATERWAY_CLIENT_ID,
                grant.get("scope"),
                grant["expires_in"],
            )
            return self._access_token

    def invalidate(self) -> None:
        with self._lock:
            self._access_token = None
            self._expires_at = 0.0
