"""Obtains and caches the OAuth access token used for the assay office trade API."""

import logging
import threading
import time

import httpx

from workshop.config import settings

logger = logging.getLogger(__name__)

REFRESH_MARGIN = 60


class AssayTokenCache:
    def __init__(self, token_url: str = settings.ASSAY_TOKEN_URL):
        self.token_url = token_url
        self._lock = threading.Lock()
        self._token: str | None = None
        self._expires_at = 0.0

    def _fetch(self) -> None:
        response = httpx.post(
            self.token_url,
            data={"grant_type": "client_credentials", "scope": "parcels certificates"},
            auth=(settings.ASSAY_CLIENT_ID, settings.ASSAY_CLIENT_SECRET),
            timeout=15.0,
        )
        response.raise_for_status()
        body = response.json()
        self._token = body["access_token"]
        self._expires_at = time.monotonic() + int(body.get("expires_in", 3600))
        logger.info(
            "Obtained assay API token for client %s, scope=%s, expires in %ss",
            settings.ASSAY_CLIENT_ID, body.get("scope"), body.get("expires_in"),
        )

    def token(self) -> str:
        with self._lock:
            if self._token is None or time.monotonic() > self._expires_at - REFRESH_MARGIN:
                self._fetch()
            return self._token

    def invalidate(self) -> None:
        with self._lock:
            self._token = None
            logger.info("Assay API token invalidated; a new one will be requested")
