"""Keeps the OAuth access token for the federation API fresh.

The federation's competition API uses client-credential OAuth. This job
fetches a token, caches it until shortly before it expires, and logs each
refresh for the club's integration audit trail.
"""
from __future__ import annotations

import logging
import os
import threading
import time
from dataclasses import dataclass
from typing import Optional

import requests

log = logging.getLogger("federation.oauth")

REFRESH_MARGIN_SECONDS = 60


@dataclass
class CachedToken:
    access_token: str
    expires_at: float
    scope: str


class FederationTokenProvider:
    def __init__(self, token_url: str, client_id: str, client_secret: str) -> None:
        self._token_url = token_url
        self._client_id = client_id
        self._client_secret = client_secret
        self._cached: Optional[CachedToken] = None
        self._lock = threading.Lock()

    @classmethod
    def from_env(cls) -> "FederationTokenProvider":
        return cls(
            os.environ["FEDERATION_TOKEN_URL"],
            os.environ["FEDERATION_CLIENT_ID"],
            os.environ["FEDERATION_CLIENT_SECRET"],
        )

    def _fetch(self) -> CachedToken:
        resp = requests.post(
            self._token_url,
            data={"grant_type": "client_credentials", "scope": "competitions results"},
            auth=(self._client_id, self._client_secret),
            timeout=10,
        )
        resp.raise_for_status()
        data = resp.json()
        token = CachedToken(
            access_token=data["access_token"],
            expires_at=time.time() + int(data["expires_in"]),
            scope=data.get("scope", ""),
        )
        log.info(
            "Refreshed federation token for client %s (scope=%r, expires in %ss)",
            self._client_id, token.scope, data["expires_in"],
        )
        return token

    def token(self) -> str:
        with self._lock:
            if self._cached is None or self._cached.expires_at - REFRESH_MARGIN_SECONDS < time.time():
                self._cached = self._fetch()
            return self._cached.access_token

    def auth_header(self) -> dict:
        return {"Authorization": f"Bearer {self.token()}"}
