"""Token handling for our USS's calls into the DSS.

Tokens are fetched with the client-credentials grant and cached until shortly
before they expire.
"""
import logging
import os
import threading
import time

import httpx

logger = logging.getLogger(__name__)


class TokenCache:
    def __init__(self, token_url: str | None = None, *, audience: str, scope: str):
        self._token_url = token_url or os.environ["USS_TOKEN_URL"]
        self._client_id = os.environ["USS_CLIENT_ID"]
        self._client_secret = os.environ["USS_CLIENT_SECRET"]
        self._audience = audience
        self._scope = scope
        self._lock = threading.Lock()
        self._access_token: str | None = None
        self._expires_at = 0.0

    def _fetch(self) -> None:
        resp = httpx.post(
            self._token_url,
            data={
                "grant_type": "client_credentials",
                "audience": self._audience,
                "scope": self._scope,
            },
            auth=(self._client_id, self._client_secret),
            timeout=10.0,
        )
        resp.raise_for_status()
        body = resp.json()
        self._access_token = body["access_token"]
        lifetime = int(body.get("expires_in", 3600))
        self._expires_at = time.monotonic() + lifetime - 60
        logger.info(
            "fetched %s token for aud=%s scope=%s, valid %ds",
            body.get("token_type", "bearer"),
            self._audience,
            self._scope,
            lifetime,
        )

    def bearer(self) -> str:
        with self._lock:
            if self._access_token is None or time.monotonic() >= self._expires_at:
                self._fetch()
            return f"Bearer {self._access_token}"
