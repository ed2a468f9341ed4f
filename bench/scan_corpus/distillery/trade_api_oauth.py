"""Client-credentials token handling for the export distributor's trade API."""
import logging
import os
import threading
import time

import requests

log = logging.getLogger("distillery.export.oauth")


class TradeApiTokens:
    refresh_margin = 300

    def __init__(self, token_url: str | None = None):
        self.token_url = token_url or os.environ["EXPORT_TRADE_TOKEN_URL"]
        self.client_id = os.environ["EXPORT_TRADE_CLIENT_ID"]
        self._lock = threading.Lock()
        self._access_token: str | None = None
        self._expires_at = 0.0

    def _fetch(self) -> dict:
        resp = requests.post(
            self.token_url,
            data={"grant_type": "client_credentials", "scope": "orders stock"},
            auth=(self.client_id, os.environ["EXPORT_TRADE_CLIENT_SECRET"]),
            timeout=15,
        )
        if resp.status_code != 200:
            log.warning("token request for client %s failed with HTTP %s", self.client_id, resp.status_code)
        resp.raise_for_status()
        return resp.json()

    def access_token(self) -> str:
        with self._lock:
            if self._access_token is None or time.time() > self._expires_at - self.refresh_margin:
                body = self._fetch()
                self._access_token = body["access_token"]
                ttl = int(body.get("expires_in", 3600))
                self._expires_at = time.time() + ttl
                log.info("trade API token refreshed for client %s (ttl %ss, scope %s)",
                         self.client_id, ttl, body.get("scope"))
            return self._access_token

    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.access_token()}"}
