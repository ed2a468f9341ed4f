"""Keeps an OAuth access token for the smart-lock vendor API fresh for background workers."""
import logging
import os
import threading
import time

import requests

log = logging.getLogger(__name__)


class VendorTokenProvider:
    def __init__(self, token_url: str | None = None, skew: int = 60):
        self.token_url = token_url or os.environ["LOCK_VENDOR_TOKEN_URL"]
        self.skew = skew
        self._token: str | None = None
        self._expires_at = 0.0
        self._lock = threading.Lock()

    def _fetch(self) -> None:
        resp = requests.post(
            self.token_url,
            data={
                "grant_type": "client_credentials",
                "client_id": os.environ["LOCK_CLIENT_ID"],
                "client_secret": os.environ["LOCK_CLIENT_SECRET"],
                "scope": "locks:read codes:write",
            },
            timeout=15,
        )
        if resp.status_code != 200:
            log.error("Token request to lock vendor failed with HTTP %s", resp.status_code)
            resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._expires_at = time.monotonic() + int(body.get("expires_in", 3600))
        log.debug("Refreshed lock vendor token; expires in %ss, scope=%s", body.get("expires_in"), body.get("scope"))

    def token(self) -> str:
        with self._lock:
            if self._token is None or time.monotonic() >= self._expires_at - self.skew:
                self._fetch()
            return self._token

    def auth_header(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token()}"}
