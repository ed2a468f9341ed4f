"""OAuth2 client-credentials session for the supplier's ordering API."""
from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass

import requests

log = logging.getLogger("supplier.auth")


@dataclass
class OAuthConfig:
    token_url: str
    api_url: str
    client_id: str
    client_secret: str
    scope: str = "orders:write stock:read"

    @classmethod
    def from_env(cls) -> "OAuthConfig":
        return cls(
            token_url=os.environ["SUPPLIER_TOKEN_URL"],
            api_url=os.environ["SUPPLIER_API_URL"],
            client_id=os.environ["SUPPLIER_CLIENT_ID"],
            client_secret=os.environ["SUPPLIER_CLIENT_SECRET"],
        )


class SupplierSession:
    def __init__(self, config: OAuthConfig) -> None:
        self.config = config
        self.http = requests.Session()
        self._token: str | None = None
        self._expires_at = 0.0

    def _fetch_token(self) -> None:
        resp = self.http.post(
            self.config.token_url,
            data={"grant_type": "client_credentials", "scope": self.config.scope},
            auth=(self.config.client_id, self.config.client_secret),
            timeout=10,
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._expires_at = time.monotonic() + int(body.get("expires_in", 3600)) - 60
        log.info("supplier token refreshed: %s (expires in %ss)", self._token, body.get("expires_in"))

    def _auth_header(self) -> dict[str, str]:
        if self._token is None or time.monotonic() >= self._expires_at:
            self._fetch_token()
        return {"Authorization": f"Bearer {self._token}"}

    def place_order(self, lines: list[dict], reference: str) -> str:
        resp = self.http.post(
            f"{self.config.api_url}/orders",
            json={"reference": reference, "lines": lines},
            headers=self._auth_header(),
            timeout=20,
        )
        resp.raise_for_status()
        order_id = resp.json()["order_id"]
        log.info("placed supplier order %s for %s", order_id, reference)
        return order_id
