"""OAuth2 client-credentials helper for the e-commerce platform behind the museum shop."""
from __future__ import annotations

import logging
import os
import time

import httpx

log = logging.getLogger("shop.oauth")


class ShopTokenProvider:
    """Fetches and caches bearer tokens for the shop platform's admin API."""

    def __init__(self, token_url: str | None = None, client_id: str | None = None,
                 client_secret: str | None = None, margin: int = 60):
        self.token_url = token_url or os.environ["SHOP_TOKEN_URL"]
        self.client_id = client_id or os.environ["SHOP_CLIENT_ID"]
        self._client_secret = client_secret or os.environ["SHOP_CLIENT_SECRET"]
        self._margin = margin
        self._token: str | None = None
        self._expires_at = 0.0

    def __repr__(self) -> str:
        return f"ShopTokenProvider(client_id={self.client_id!r})"

    def token(self) -> str:
        if self._token and time.monotonic() < self._expires_at:
            return self._token
        resp = httpx.post(
            self.token_url,
            data={"grant_type": "client_credentials"},
            auth=(self.client_id, self._client_secret),
            timeout=15.0,
        )
        if resp.status_code != 200:
            log.error("Token request for client %s failed with HTTP %s", self.client_id, resp.status_code)
            resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        expires_in = int(body.get("expires_in", 300))
        self._expires_at = time.monotonic() + expires_in - self._margin
        log.info("Obtained shop API token for client %s, valid for %ss", self.client_id, expires_in)
        return self._token

    def auth_header(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token()}"}
