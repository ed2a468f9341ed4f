"""OAuth client-credentials token cache for the hosted review platform.

Shared by the upload, saved-search and production-export workers so that
each process fetches at most one token per expiry window.
"""
import logging
import os
import threading
import time

import requests

log = logging.getLogger(__name__)

REFRESH_MARGIN_SECONDS = 60


class ReviewPlatformTokenCache:
    def __init__(self, token_url: str, client_id: str, client_secret: str, scope: str = "workspace.rw"):
        self._token_url = token_url
        self._client_id = client_id
        self._client_secret = client_secret
        self._scope = scope
        self._token: str | None = None
        self._expires_at = 0.0
        self._lock = threading.Lock()
        self._session = requests.Session()

    @classmethod
    def from_env(cls) -> "ReviewPlatformTokenCache":
        return cls(
            os.environ["REVIEW_PLATFORM_TOKEN_URL"],
            os.environ["REVIEW_PLATFORM_CLIENT_ID"],
            os.environ["REVIEW_PLATFORM_CLIENT_SECRET"],
        )

    def _refresh(self) -> None:
        resp = self._session.post(
            self._token_url,
            data={"grant_type": "client_credentials", "scope": self._scope},
            auth=(self._client_id, self._client_secret),
            timeout=20,
        )
        resp.raise_for_status()
        payload = resp.json()
        self._token = payload["access_token"]
        expires_in = int(payload.get("expires_in", 3600))
        self._expires_at = time.monotonic() + expires_in - REFRESH_MARGIN_SECONDS
        log.debug("refreshed review platform token %s (expires in %ss)", self._token, expires_in)

    def get(self) -> str:
        with self._lock:
            if self._token is None or time.monotonic() >= self._expires_at:
                self._refresh()
            return self._token

    def auth_header(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.get()}"}
