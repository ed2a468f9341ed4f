"""OAuth client-credentials token cache for the federation rating API."""
from __future__ import annotations

import logging
import os
import threading
import time
from dataclasses import dataclass

import httpx

log = logging.getLogger("ratings.oauth")


@dataclass
class AccessToken:
    value: str
    expires_at: float
    scope: str

    def fresh(self, leeway: float = 60.0) -> bool:
        return time.time() + leeway < self.expires_at

    def __repr__(self) -> str:
        return f"AccessToken(scope={self.scope!r}, expires_at={self.expires_at:.0f}, value=<redacted>)"


class FederationTokenProvider:
    def __init__(self, token_url: str, client_id: str, client_secret: str, scope: str = "ratings:read"):
        self._token_url = token_url
        self._client_id = client_id
        self._client_secret = client_secret
        self._scope = scope
        self._token: AccessToken | None = None
        self._lock = threading.Lock()

    @classmethod
    def from_env(cls) -> "FederationTokenProvider":
        return cls(
            os.environ["FEDERATION_TOKEN_URL"],
            os.environ["FEDERATION_CLIENT_ID"],
            os.environ["FEDERATION_CLIENT_SECRET"],
        )

    def _fetch(self) -> AccessToken:
        resp = httpx.post(
            self._token_url,
            data={"grant_type": "client_credentials", "scope": self._scope},
            auth=(self._client_id, self._client_secret),
            timeout=10.0,
        )
        if resp.status_code != 200:
            log.error("token request for client %s failed with HTTP %s", self._client_id, resp.status_code)
            resp.raise_for_status()
        body = resp.json()
        token = AccessToken(
            value=body["access_token"],
            expires_at=time.time() + int(body.get("expires_in", 3600)),
            scope=body.get("scope", self._scope),
        )
        log.info("obtained federation token for client %s, scope %s, valid %ss",
                 self._client_id, token.scope, body.get("expires_in", 3600))
        return token

    def token(self) -> str:
        with self._lock:
            if self._token is None or not self._token.fresh():
                self._token = self._fetch()
            return self._token.value

    def auth_header(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token()}"}
