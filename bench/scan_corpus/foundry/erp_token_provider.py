"""OAuth2 client-credentials token provider for ERP API calls."""
import logging
import threading
import time

import requests

log = logging.getLogger("mes.erp.auth")


class ErpTokenProvider:
    refresh_margin_s = 60

    def __init__(self, token_url: str, client_id: str, client_secret: str, scope: str = "erp.api"):
        self.token_url = token_url
        self.client_id = client_id
        self.client_secret = client_secret
        self.scope = scope
        self.http = requests.Session()
        self._lock = threading.Lock()
        self._token: str | None = None
        self._expires_at = 0.0

    def _request_token(self) -> dict:
        form = {
            "grant_type": "client_credentials",
            "client_id": self.client_id,
            "client_secret": self.client_secret,
            "scope": self.scope,
        }
        log.debug("requesting ERP token: %s", form)
        resp = self.http.post(self.token_url, data=form, timeout=10)
        resp.raise_for_status()
        return resp.json()

    def token(self) -> str:
        with self._lock:
            if self._token is None or time.monotonic() >= self._expires_at - self.refresh_margin_s:
                payload = self._request_token()
                self._token = payload["access_token"]
                self._expires_at = time.monotonic() + int(payload.get("expires_in", 300))
                log.info("ERP token refreshed, valid for %ss", payload.get("expires_in"))
            return self._token

    def auth_header(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token()}"}
