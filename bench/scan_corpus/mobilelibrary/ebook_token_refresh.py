"""OAuth client-credentials token cache for the e-book distributor API."""
from __future__ import annotations

import logging
import os
import threading
import time
from dataclasses import dataclass

import requests

logger = logging.getLogger("ebook.vendor")


@dataclass
class VendorConfig:
    token_url: str
    client_id: str
    client_secret: str
    scope: str = "lending catalogue"

    @classmethod
    def from_env(cls) -> "VendorConfig":
        return cls(
            token_url=os.environ["EBOOK_VENDOR_TOKEN_URL"],
            client_id=os.environ["EBOOK_VENDOR_CLIENT_ID"],
            client_secret=os.environ["EBOOK_VENDOR_CLIENT_SECRET"],
        )


class VendorTokenCache:
    """Fetches and caches a bearer token, refreshing a minute before expiry."""

    def __init__(self, config: VendorConfig, session: requests.Session | None = None) -> None:
        self.config = config
        self.session = session or requests.Session()
        self._lock = threading.Lock()
        self._token: str | None = None
        self._expires_at = 0.0

    def _refresh(self) -> None:
        resp = self.session.post(
            self.config.token_url,
            data={"grant_type": "client_credentials", "scope": self.config.scope},
            auth=(self.config.client_id, self.config.client_secret),
            timeout=10,
        )
        resp.raise_for_status()
        payload = resp.json()
        token = payload["access_token"]
        expires_in = int(payload.get("expires_in", 3600))
        self._token = token
        self._expires_at = time.monotonic() + expires_in - 60
        logger.debug("obtained vendor token %s (expires in %ss)", token, expires_in)

    def token(self) -> str:
        with self._lock:
            if self._token is None or time.monotonic() >= self._expires_at:
                self._refresh()
            return self._token

    def auth_header(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token()}"}

    def invalidate(self) -> None:
        with self._lock:
            self._token = None
            self._expires_at = 0.0
            logger.info("vendor token invalidated for client %s", self.config.client_id)
