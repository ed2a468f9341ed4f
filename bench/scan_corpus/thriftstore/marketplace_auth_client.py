"""OAuth2 token handling for the marketplace listings integration."""
from __future__ import annotations

import logging
import os
import threading
import time
from dataclasses import dataclass, field
from typing import Optional

import httpx

logger = logging.getLogger("marketplace.auth")


@dataclass(frozen=True)
class OAuthSettings:
    token_url: str
    client_id: str
    client_secret: str = field(repr=False)
    scope: str = "listings.write orders.read"

    @classmethod
    def from_env(cls) -> "OAuthSettings":
        return cls(
            token_url=os.environ["MARKETPLACE_TOKEN_URL"],
            client_id=os.environ["MARKETPLACE_CLIENT_ID"],
            client_secret=os.environ["MARKETPLACE_CLIENT_SECRET"],
        )


class TokenProvider:
    def __init__(self, settings: OAuthSettings, http: Optional[httpx.Client] = None) -> None:
        self._settings = settings
        self._http = http or httpx.Client(timeout=15.0)
        self._lock = threading.Lock()
        self._token: Optional[str] = None
        self._expires_at = 0.0

    def _fetch(self) -> None:
        resp = self._http.post(
            self._settings.token_url,
            data={"grant_type": "client_credentials", "scope": self._settings.scope},
            auth=(self._settings.client_id, self._settings.client_secret),
        )
        if resp.status_code != 200:
            logger.error(
                "token request for client %s failed with HTTP %s",
                self._settings.client_id,
                resp.status_code,
            )
            resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        lifetime = int(body.get("expires_in", 3600))
        self._expires_at = time.monotonic() + lifetime - 60
        logger.info(
            "obtained marketplace token for client %s, scope=%r, valid for %ds",
            self._settings.client_id,
            body.get("scope", self._settings.scope),
            lifetime,
        )

    def token(self) -> str:
        with self._lock:
            if self._token is None or time.monotonic() >= self._expires_at:
                self._fetch()
            return self._token

    def auth_header(self) -> dict:
        return {"Authorization": f"Bearer {self.token()}"}
