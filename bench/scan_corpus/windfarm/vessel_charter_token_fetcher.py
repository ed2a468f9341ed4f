"""OAuth2 client-credentials helper for the vessel charter broker API."""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass

import httpx


@dataclass(frozen=True)
class ClientCredentials:
    token_url: str
    client_id: str
    client_secret: str
    scope: str = "charter.read charter.book"

    @classmethod
    def from_env(cls, prefix: str = "CHARTER_") -> "ClientCredentials":
        env = os.environ
        return cls(
            token_url=env[f"{prefix}TOKEN_URL"],
            client_id=env[f"{prefix}CLIENT_ID"],
            client_secret=env[f"{prefix}CLIENT_SECRET"],
        )


class TokenCache:
    """Caches an access token until shortly before it expires."""

    def __init__(self, creds: ClientCredentials, leeway_s: int = 60) -> None:
        self._creds = creds
        self._leeway = leeway_s
        self._lock = threading.Lock()
        self._token: str | None = None
        self._expires_at = 0.0

    def _fetch(self) -> tuple[str, float]:
        resp = httpx.post(
            self._creds.token_url,
            data={"grant_type": "client_credentials", "scope": self._creds.scope},
            auth=(self._creds.client_id, self._creds.client_secret),
            timeout=10.0,
        )
        resp.raise_for_status()
        body = resp.json()
        return body["access_token"], time.time() + int(body.get("expires_in", 3600))

    def token(self) -> str:
        with self._lock:
            if self._token is None or time.time() > self._expires_at - self._leeway:
                self._token, self._expires_at = self._fetch()
            return self._token

    def auth_header(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token()}"}
