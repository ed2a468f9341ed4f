"""OAuth2 client-credentials helper for the supplier ordering API."""
import logging
import os
import time

import requests

logger = logging.getLogger(__name__)


class SupplierAuth:
    def __init__(self, token_url: str, client_id: str, client_secret: str):
        self.token_url = token_url
        self.client_id = client_id
        self.client_secret = client_secret
        self._token = None
        self._expires_at = 0.0

    @classmethod
    def from_env(cls) -> "SupplierAuth":
        return cls(
            os.environ["SUPPLIER_TOKEN_URL"],
            os.environ["SUPPLIER_CLIENT_ID"],
            os.environ["SUPPLIER_CLIENT_SECRET"],
        )

    def _fetch(self) -> None:
        resp = requests.post(
            self.token_url,
            data={"grant_type": "client_credentials", "scope": "orders stock"},
            auth=(self.client_id, self.client_secret),
            timeout=15,
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        expires_in = int(body.get("expires_in", 3600))
        self._expires_at = time.monotonic() + expires_in - 60
        logger.info(f"supplier token refreshed: {self._token} (expires in {expires_in}s)")

    def header(self) -> dict:
        if self._token is None or time.monotonic() >= self._expires_at:
            self._fetch()
        return {"Authorization": f"Bearer {self._token}"}
