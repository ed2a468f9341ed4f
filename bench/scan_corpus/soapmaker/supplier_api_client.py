"""HTTP client for the ingredient supplier's ordering API (purchase orders for oils and lye)."""

from __future__ import annotations

import logging
import os
import random
import time
from dataclasses import dataclass
from decimal import Decimal

import requests

log = logging.getLogger("supplier_client")


@dataclass
class PurchaseLine:
    supplier_sku: str
    quantity_kg: Decimal


class SupplierClient:
    RETRY_STATUSES = {429, 502, 503, 504}

    def __init__(self, base_url: str, api_key: str, timeout: float = 20.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update(
            {
                "Authorization": f"ApiKey {api_key}",
                "Content-Type": "application/json",
                "User-Agent": "soapworks-purchasing/2.3",
            }
        )

    @classmethod
    def from_env(cls) -> "SupplierClient":
        return cls(os.environ["SUPPLIER_API_URL"], os.environ["SUPPLIER_API_KEY"])

    def _request(self, method: str, path: str, **kwargs) -> requests.Response:
        url = f"{self.base_url}{path}"
        log.debug("%s %s headers=%s", method, url, dict(self.session.headers))
        for attempt in range(4):
            resp = self.session.request(method, url, timeout=self.timeout, **kwargs)
            if resp.status_code not in self.RETRY_STATUSES:
                resp.raise_for_status()
                return resp
            delay = (2 ** attempt) + random.uniform(0, 0.5)
            log.info("supplier returned %s, retrying in %.1fs", resp.status_code, delay)
            time.sleep(delay)
        resp.raise_for_status()
        return resp

    def price_list(self) -> dict[str, Decimal]:
        data = self._request("GET", "/v1/prices").json()
        return {item["sku"]: Decimal(item["price_per_kg"]) for item in data["items"]}

    def place_order(self, po_number: str, lines: list[PurchaseLine]) -> str:
        payload = {
            "po_number": po_number,
            "lines": [
                {"sku": l.supplier_sku, "quantity_kg": str(l.quantity_kg)} for l in lines
            ],
        }
        resp = self._request("POST", "/v1/orders", json=payload)
        order_ref = resp.json()["order_reference"]
        log.info("placed supplier order %s for PO %s", order_ref, po_number)
        return order_ref
