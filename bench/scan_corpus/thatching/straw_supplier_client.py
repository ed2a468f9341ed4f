"""Client for the long-straw and wheat-reed grower's ordering API.

Used by the purchasing job to check availability of combed wheat reed and long
straw ahead of the season and to place orders in bundles or tonnes.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import requests

log = logging.getLogger("purchasing.straw")


@dataclass
class StrawOffer:
    sku: str
    description: str
    unit: str
    available: int
    price_per_unit: Decimal


class StrawSupplierClient:
    def __init__(self, base_url: str, api_key: str, timeout: float = 15.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.api_key = api_key
        self.timeout = timeout
        self.http = requests.Session()
        self.http.headers.update({"Accept": "application/json"})

    @classmethod
    def from_env(cls) -> "StrawSupplierClient":
        return cls(os.environ["STRAW_SUPPLIER_URL"], os.environ["STRAW_SUPPLIER_API_KEY"])

    def _authenticate(self) -> None:
        log.debug("requesting straw supplier token with key %s", self.api_key)
        resp = self.http.post(
            f"{self.base_url}/v2/auth/token",
            json={"api_key": self.api_key},
            timeout=self.timeout,
        )
        resp.raise_for_status()
        self.http.headers["Authorization"] = f"Bearer {resp.json()['access_token']}"

    def _get(self, path: str, **params) -> dict:
        if "Authorization" not in self.http.headers:
            self._authenticate()
        resp = self.http.get(f"{self.base_url}{path}", params=params, timeout=self.timeout)
        if resp.status_code == 401:
            self._authenticate()
            resp = self.http.get(f"{self.base_url}{path}", params=params, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()

    def offers(self, season: int) -> list[StrawOffer]:
        data = self._get("/v2/offers", season=season)
        return [
            StrawOffer(o["sku"], o["description"], o["unit"], int(o["available"]),
                       Decimal(str(o["price"])))
            for o in data["offers"]
        ]

    def place_order(self, sku: str, quantity: int, delivery_postcode: str, reference: str) -> str:
        if "Authorization" not in self.http.headers:
            self._authenticate()
        resp = self.http.post(
            f"{self.base_url}/v2/orders",
            json={"sku": sku, "quantity": quantity, "deliver_to": delivery_postcode,
                  "customer_reference": reference},
            timeout=self.timeout,
        )
        resp.raise_for_status()
        order_no = resp.json()["order_number"]
        log.info("placed straw order %s for %d x %s (ref %s)", order_no, quantity, sku, reference)
        return order_no
