"""OAuth2 session for the classification society booking API."""
from __future__ import annotations

import logging
import os
import time

import requests

log = logging.getLogger(__name__)


class SocietySession:
    def __init__(self, base_url: str, client_id: str, client_secret: str, scope: str = "survey.booking"):
        self.base_url = base_url.rstrip("/")
        self.client_id = client_id
        self.scope = scope
        self._client_secret = client_secret
        self._token: str | None = None
        self._expires_at = 0.0
        self._http = requests.Session()

    @classmethod
    def from_env(cls) -> "SocietySession":
        return cls(
            os.environ["CLASS_API_URL"],
            os.environ["CLASS_API_CLIENT_ID"],
            os.environ["CLASS_API_CLIENT_SECRET"],
        )

    def _refresh(self) -> None:
        started = time.monotonic()
        resp = self._http.post(
            f"{self.base_url}/oauth2/token",
            data={"grant_type": "client_credentials", "scope": self.scope},
            auth=(self.client_id, self._client_secret),
            timeout=20,
        )
        if resp.status_code != 200:
            log.warning("token request for client %s failed with HTTP %s", self.client_id, resp.status_code)
            resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        ttl = int(body.get("expires_in", 3600))
        self._expires_at = started + ttl
        log.info("refreshed society API token for client %s, valid for %ss", self.client_id, ttl)

    def request(self, method: str, path: str, **kwargs) -> requests.Response:
        if self._token is None or time.monotonic() > self._expires_at - 60:
            self._refresh()
        headers = {**kwargs.pop("headers", {}), "Authorization": f"Bearer {self._token}"}
        resp = self._http.request(method, f"{self.base_url}{path}", headers=headers, timeout=20, **kwargs)
        log.debug("%s %s -> %s", method, path, resp.status_code)
        return resp
