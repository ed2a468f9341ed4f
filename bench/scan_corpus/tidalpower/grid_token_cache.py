"""Cache the balancing mechanism API token and record refreshes for audit."""

from __future__ import annotations

import hashlib
import logging
import os
import time
from dataclasses import dataclass, field

import httpx

log = logging.getLogger("tidal.bm.auth")


def fingerprint(secret: str) -> str:
    """Short, non-reversible identifier for correlating a credential in logs."""
    return hashlib.sha256(secret.encode()).hexdigest()[:10]


@dataclass
class CachedToken:
    value: str = field(repr=False)
    expires_at: float

    def valid(self, skew_s: float = 90.0) -> bool:
        return time.time() < self.expires_at - skew_s


class BalancingTokenCache:
    def __init__(self, token_url: str, client_id: str, client_secret: str) -> None:
        self._token_url = token_url
        self._auth = (client_id, client_secret)
        self._token: CachedToken | None = None

    def _fetch(self) -> CachedToken:
        resp = httpx.post(
            self._token_url,
            data={"grant_type": "client_credentials"},
            auth=self._auth,
            timeout=10.0,
        )
        resp.raise_for_status()
        body = resp.json()
        return CachedToken(body["access_token"], time.time() + float(body.get("expires_in", 3600)))

    def token(self) -> str:
        if self._token is None or not self._token.valid():
            self._token = self._fetch()
            log.info(
                "balancing token refreshed fp=%s expires_in=%.0fs",
                fingerprint(self._token.value),
                self._token.expires_at - time.time(),
            )
        return self._token.value


def cache_from_env() -> BalancingTokenCache:
    return BalancingTokenCache(
        os.environ["BM_TOKEN_URL"], os.environ["BM_CLIENT_ID"], os.environ["BM_CLIENT_SECRET"]
    )
