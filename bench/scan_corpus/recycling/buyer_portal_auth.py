"""Token handling for the commodity buyers' portal API."""

import logging
import os
import time
from dataclasses import dataclass

import httpx

log = logging.getLogger("buyers.portal.auth")


@dataclass
class PortalCredentials:
    token_url: str
    client_id: str
    client_secret: str

    @classmethod
    def from_env(cls) -> "PortalCredentials":
        return cls(
            token_url=os.environ["BUYER_PORTAL_TOKEN_URL"],
            client_id=os.environ["BUYER_PORTAL_CLIENT_ID"],
            client_secret=os.environ["BUYER_PORTAL_CLIENT_SECRET"],
        )

    def __repr__(self) -> str:
        return f"PortalCredentials(token_url={self.token_url!r}, client_id={self.client_id!r})"


class TokenCache:
    def __init__(self, creds: PortalCredentials, client: httpx.Client | None = None):
        self._creds = creds
        self._client = client or httpx.Client(timeout=10.0)
        self._access_token: str | None = None
        self._expires_at = 0.0

    def _fetch(self) -> None:
        resp = self._client.post(
            self._creds.token_url,
            data={"grant_type": "client_credentials"},
            auth=(self._creds.client_id, self._creds.client_secret),
        )
        if resp.status_code != 200:
            log.error("token request for %s failed: HTTP %s", self._creds.client_id, resp.status_code)
            resp.raise_for_status()
        body = resp.json()
        self._access_token = body["access_token"]
        ttl = int(body.get("expires_in", 3600))
        self._expires_at = time.monotonic() + ttl
        log.info("obtained portal token for %s, valid %ss", self._creds.client_id, ttl)

    def bearer(self) -> str:
        if self._access_token is None or time.monotonic() > self._expires_at - 60:
            self._fetch()
        return f"Bearer {self._access_token}"
