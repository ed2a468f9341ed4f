"""OAuth2 client-credentials token cache for the customs authority trade API."""
from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass, field

import httpx


@dataclass(frozen=True)
class TradeApiCredentials:
    token_url: str
    client_id: str
    client_secret: str = field(repr=False)
    scope: str = "entry.submit entry.read"

    @classmethod
    def from_env(cls) -> "TradeApiCredentials":
        return cls(
            token_url=os.environ["CUSTOMS_TOKEN_URL"],
            client_id=os.environ["CUSTOMS_CLIENT_ID"],
            client_secret=os.environ["CUSTOMS_CLIENT_SECRET"],
        )


class TokenCache:
    refresh_margin = 60

    def __init__(self, credentials: TradeApiCredentials, ca_bundle: str) -> None:
        self.credentials = credentials
        self.http = httpx.Client(verify=ca_bundle, timeout=10.0)
        self._token: str | None = None
        self._expires_at = 0.0
        self._lock = threading.Lock()

    def _fetch(self) -> None:
        creds = self.credentials
        resp = self.http.post(
            creds.token_url,
            data={"grant_type": "client_credentials", "scope": creds.scope},
            auth=(creds.client_id, creds.client_secret),
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._expires_at = time.monotonic() + int(body.get("expires_in", 300))

    def current(self) -> str:
        with self._lock:
            if self._token is None or time.monotonic() > self._expires_at - self.refresh_margin:
                self._fetch()
            assert self._token is not None
            return self._token


def default_cache() -> TokenCache:
    return TokenCache(
        TradeApiCredentials.from_env(),
        ca_bundle=os.environ.get("CUSTOMS_CA_BUNDLE", "/etc/ssl/certs/ca-certificates.crt"),
    )
