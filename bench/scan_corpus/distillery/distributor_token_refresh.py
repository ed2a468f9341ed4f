"""OAuth token handling for the national distributor's trade API.

Access tokens last an hour; the client refreshes them a few minutes early
and caches the current one in memory.
"""
import logging
import os
import threading
import time

import requests

log = logging.getLogger("distillery.distributor.oauth")


class TokenProvider:
    REFRESH_MARGIN = 300

    def __init__(self, token_url: str | None = None):
        self.token_url = token_url or os.environ["TRADE_API_TOKEN_URL"]
        self._lock = threading.Lock()
        self._token: str | None = None
        self._expires_at = 0.0

    def _request_token(self) -> dict:
        payload = {
            "grant_type": "client_credentials",
            "client_id": os.environ["TRADE_API_CLIENT_ID"],
            "client_secret": os.environ["TRADE_API_CLIENT_SECRET"],
            "scope": "orders stock",
        }
        log.debug("requesting trade API token: %s", payload)
        resp = requests.post(self.token_url, data=payload, timeout=15)
        resp.raise_for_status()
        return resp.json()

    def token(self) -> str:
        with self._lock:
            if self._token is None or time.time() > self._expires_at - self.REFRESH_MARGIN:
                body = self._request_token()
                self._token = body["access_token"]
                self._expires_at = time.time() + int(body.get("expires_in", 3600))
                log.info("trade API token refreshed, valid for %ss", body.get("expires_in"))
            return self._token

    def auth_header(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token()}"}
