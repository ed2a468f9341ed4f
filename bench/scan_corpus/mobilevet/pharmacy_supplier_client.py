"""Client for the wholesale veterinary pharmacy supplier's ordering API.

The supplier uses OAuth2 client credentials; access tokens last an hour and
are refreshed shortly before they expire.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

import requests

log = logging.getLogger("mobilevet.pharmacy")


@dataclass(frozen=True)
class SupplierConfig:
    base_url: str
    token_url: str
    client_id: str
    client_secret: str = ""
    account_number: str = ""
    timeout: float = 15.0


class PharmacySupplierClient:
    def __init__(self, config: SupplierConfig) -> None:
        self._config = config
        self._http = requests.Session()
        self._token: str | None = None
        self._token_expiry = 0.0

    def _refresh_token(self) -> None:
        resp = self._http.post(
            self._config.token_url,
            data={"grant_type": "client_credentials", "scope": "orders stock"},
            auth=(self._config.client_id, self._config.client_secret),
            timeout=self._config.timeout,
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._token_expiry = time.monotonic() + int(body.get("expires_in", 3600)) - 60
        log.debug("supplier token refreshed: %s (expires in %ss)", self._token,
                  body.get("expires_in"))

    def _headers(self) -> dict[str, str]:
        if self._token is None or time.monotonic() >= self._token_expiry:
            self._refresh_token()
        return {"Authorization": f"Bearer {self._token}", "Accept": "application/json"}

    def stock_level(self, product_code: str) -> int:
        resp = self._http.get(
            f"{self._config.base_url}/v2/products/{product_code}/stock",
            headers=self._headers(),
            timeout=self._config.timeout,
        )
        resp.raise_for_status()
        return int(resp.json()["available"])

    def place_order(self, lines: list[dict], van_id: str, reference: str) -> str:
        payload = {
            "account": self._config.account_number,
            "customer_reference": reference,
            "delivery_point": van_id,
            "lines": lines,
        }
        resp = self._http.post(
            f"{self._config.base_url}/v2/orders",
            json=payload,
            headers=self._headers(),
            timeout=self._config.timeout,
        )
        resp.raise_for_status()
        order_id = resp.json()["order_id"]
        log.info("placed supplier order %s for van %s (%d lines)", order_id, van_id, len(lines))
        return order_id
