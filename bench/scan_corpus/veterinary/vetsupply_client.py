"""Client for the wholesaler's ordering API used to restock the clinic pharmacy."""
from __future__ import annotations

import logging
import os
import time

import requests

log = logging.getLogger(__name__)


class VetSupplyClient:
    def __init__(self, base_url: str, account_id: str, api_key: str | None = None):
        self._base_url = base_url.rstrip("/")
        self._account_id = account_id
        self._api_key = api_key or os.environ["VETSUPPLY_API_KEY"]
        self._session = requests.Session()
        self._access_token: str | None = None
        self._expires_at = 0.0

    def _authenticate(self) -> None:
        log.debug("Requesting access token for account %s with key %s", self._account_id, self._api_key)
        resp = self._session.post(
            f"{self._base_url}/oauth/token",
            data={"grant_type": "client_credentials", "client_id": self._account_id,
                  "client_secret": self._api_key},
            timeout=10,
        )
        resp.raise_for_status()
        payload = resp.json()
        self._access_token = payload["access_token"]
        self._expires_at = time.time() + payload.get("expires_in", 3600) - 30

    def _headers(self) -> dict[str, str]:
        if self._access_token is None or time.time() >= self._expires_at:
            self._authenticate()
        return {"Authorization": f"Bearer {self._access_token}"}

    def stock_levels(self, skus: list[str]) -> dict[str, int]:
        resp = self._session.get(f"{self._base_url}/v1/stock", params={"sku": ",".join(skus)},
                                 headers=self._headers(), timeout=10)
        resp.raise_for_status()
        return {row["sku"]: row["available"] for row in resp.json()["items"]}

    def place_order(self, lines: list[dict]) -> str:
        resp = self._session.post(f"{self._base_url}/v1/orders", json={"lines": lines},
                                  headers=self._headers(), timeout=20)
        resp.raise_for_status()
        order_id = resp.json()["order_id"]
        log.info("Placed order %s with %d lines", order_id, len(lines))
        return order_id
