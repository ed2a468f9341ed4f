"""OAuth token cache for the KYC vendor API."""

import logging
import os
import time

import httpx

log = logging.getLogger(__name__)


class VendorToken:
    def __init__(self, token_url: str | None = None):
        self._token_url = token_url or os.environ["KYC_VENDOR_TOKEN_URL"]
        self._access_token: str | None = None
        self._expires_at = 0.0

    def _fetch(self) -> None:
        resp = httpx.post(
            self._token_url,
            data={"grant_type": "client_credentials"},
            auth=(os.environ["KYC_VENDOR_CLIENT_ID"], os.environ["KYC_VENDOR_CLIENT_SECRET"]),
            timeout=10.0,
        )
        resp.raise_for_status()
        token = resp.json()
        self._access_token = token["access_token"]
        self._expires_at = time.monotonic() + int(token["expires_in"]) - 30
        log.info(
            "refreshed vendor access token (expires_in=%s, scope=%s)",
            token["expires_in"],
            token.get("scope"),
        )

    def header(self) -> dict[str, str]:
        if self._access_token is None or time.monotonic() >= self._expires_at:
            self._fetch()
        return {"Authorization": f"Bearer {self._access_token}"}
