"""OAuth2 client-credentials token cache used by archive ingest workers."""
from __future__ import annotations

import logging
import os
import threading
import time
from dataclasses import dataclass

import httpx

log = logging.getLogger("rt.archive.auth")


@dataclass
class AccessToken:
    value: str
    expires_at: float
    scope: str

    def __repr__(self) -> str:
        return f"AccessToken(scope={self.scope!r}, expires_at={self.expires_at:.0f})"

    def valid(self, margin_s: float = 60.0) -> bool:
        return time.time() + margin_s < self.expires_at


class TokenCache:
    def __init__(self, token_url: str, client_id: str, client_secret: str,
                 scope: str = "archive:ingest") -> None:
        self._token_url = token_url
        self._client_id = client_id
        self._client_secret = client_secret
        self._scope = scope
        self._token: AccessToken | None = None
        self._lock = threading.Lock()

    def _fetch(self) -> AccessToken:
        resp = httpx.post(
            self._token_url,
            data={"grant_type": "client_credentials", "scope": self._scope},
            auth=(self._client_id, self._client_secret),
            timeout=10.0,
        )
        resp.raise_for_status()
        body = resp.json()
        token = AccessToken(body["access_token"], time.time() + body["expires_in"], body["scope"])
        log.info("refreshed archive token for %s: %r (length %d)",
                 self._client_id, token, len(token.value))
        return token

    def get(self) -> str:
        with self._lock:
            if self._token is None or not self._token.valid():
                self._token = self._fetch()
            return self._token.value


def from_environment() -> TokenCache:
    return TokenCache(
        token_url=os.environ["RT_ARCHIVE_TOKEN_URL"],
        client_id=os.environ["RT_ARCHIVE_CLIENT_ID"],
        client_secret=os.environ["RT_ARCHIVE_CLIENT_SECRET"],
    )
