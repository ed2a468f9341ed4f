"""requests.Session that attaches and refreshes an ERP OAuth2 token."""
import logging
import time

import requests

log = logging.getLogger("mes.erp.http")


class ErpSession(requests.Session):
    refresh_margin_s = 60

    def __init__(self, token_url: str, client_id: str, client_secret: str, scope: str = "erp.api"):
        super().__init__()
        self._token_url = token_url
        self._client_id = client_id
        self._client_secret = client_secret
        self._scope = scope
        self._access_token: str | None = None
        self._expires_at = 0.0

    def _refresh(self) -> None:
        resp = requests.post(
            self._token_url,
            data={"grant_type": "client_credentials", "scope": self._scope},
            auth=(self._client_id, self._client_secret),
            timeout=10,
        )
        if resp.status_code != 200:
            log.error("ERP token request for client %s failed: HTTP %s", self._client_id, resp.status_code)
            resp.raise_for_status()
        payload = resp.json()
        self._access_token = payload["access_token"]
        lifetime = int(payload.get("expires_in", 300))
        self._expires_at = time.monotonic() + lifetime
        log.info("ERP token refreshed for client %s (expires in %ss)", self._client_id, lifetime)

    def request(self, method, url, *args, **kwargs):
        if self._access_token is None or time.monotonic() > self._expires_at - self.refresh_margin_s:
            self._refresh()
        headers = kwargs.pop("headers", None) or {}
        headers["Authorization"] = f"Bearer {self._access_token}"
        kwargs.setdefault("timeout", 15)
        return super().request(method, url, *args, headers=headers, **kwargs)
