"""Token provider for calls to the platform partner API (achievements, presence)."""
from __future__ import annotations

import logging
import os
import time

import httpx

log = logging.getLogger(__name__)

EARLY_REFRESH_SECONDS = 120


class PartnerTokenProvider:
    def __init__(self, token_url: str, client_id: str, client_secret: str):
        self._token_url = token_url
        self._client_id = client_id
        self._client_secret = client_secret
        self._access_token: str | None = None
        self._expires_at = 0.0

    @classmethod
    def from_env(cls) -> "PartnerTokenProvider":
        return cls(
            os.environ["PARTNER_TOKEN_URL"],
            os.environ["PARTNER_CLIENT_ID"],
            os.environ["PARTNER_CLIENT_SECRET"],
        )

    def token(self) -> str:
        if self._access_token and time.time() < self._expires_at - EARLY_REFRESH_SECONDS:
            return self._access_token
        resp = httpx.post(
            self._token_url,
            data={"grant_type": "client_credentials"},
            auth=(self._client_id, self._client_secret),
            timeout=10.0,
        )
        if resp.is_error:
            log.error("token request for client %s failed with HTTP %s", self._client_id, resp.status_code)
            resp.raise_for_status()
        body = resp.json()
        self._access_token = body["access_token"]
        self._expires_at = time.time() + int(body.get("expires_in", 3600))
        log.info("obtained partner access token for client %s, expires in %ss",
                 self._client_id, body.get("expires_in"))
        return self._access_token
