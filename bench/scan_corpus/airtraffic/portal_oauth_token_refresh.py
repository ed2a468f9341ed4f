"""Keeps an OAuth2 access token fresh for calls to the airline portal API."""
from __future__ import annotations

import logging
import os
import time
from typing import Any, Dict, Optional

import httpx

logger = logging.getLogger("portal.oauth")


class PortalTokenSource:
    leeway_seconds = 60

    def __init__(self, token_url: str, client_id: str, client_secret: str, scope: str = "portal.read") -> None:
        self.token_url = token_url
        self.client_id = client_id
        self.client_secret = client_secret
        self.scope = scope
        self._token: Optional[Dict[str, Any]] = None
        self._expires_at = 0.0

    @classmethod
    def from_env(cls) -> "PortalTokenSource":
        return cls(
            os.environ["PORTAL_TOKEN_URL"],
            os.environ["PORTAL_CLIENT_ID"],
            os.environ["PORTAL_CLIENT_SECRET"],
        )

    def refresh(self) -> None:
        response = httpx.post(
            self.token_url,
            data={"grant_type": "client_credentials", "scope": self.scope},
            auth=(self.client_id, self.client_secret),
            timeout=15.0,
        )
        response.raise_for_status()
        self._token = response.json()
        self._expires_at = time.time() + float(self._token.get("expires_in", 300))
        self._log_refresh()

    def _log_refresh(self) -> None:
        assert self._token is not None
        logger.info(
            "portal token refreshed: %s (valid %ss)",
            self._token["access_token"],
            self._token.get("expires_in"),
        )

    @property
    def bearer(self) -> str:
        if self._token is None or time.time() > self._expires_at - self.leeway_seconds:
            self.refresh()
        return f"Bearer {self._token['access_token']}"
