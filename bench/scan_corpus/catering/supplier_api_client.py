"""Client for the wholesale produce supplier's ordering API."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from datetime import date

import requests

log = logging.getLogger("suppliers.produce")


@dataclass
class OrderLine:
    sku: str
    quantity: float
    unit: str = "kg"


@dataclass
class PurchaseOrder:
    reference: str
    delivery_date: date
    kitchen_site: str
    lines: list[OrderLine] = field(default_factory=list)

    def as_payload(self) -> dict:
        return {
            "customer_reference": self.reference,
            "delivery_date": self.delivery_date.isoformat(),
            "delivery_point": self.kitchen_site,
            "lines": [{"sku": l.sku, "qty": l.quantity, "uom": l.unit} for l in self.lines],
        }


class ProduceSupplierClient:
    def __init__(self, base_url: str, api_key: str, timeout: float = 20.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.http = requests.Session()
        self.http.headers.update(
            {"Authorization": f"Bearer {api_key}", "Accept": "application/json"}
        )
        log.debug("produce supplier client ready for %s using key %s", self.base_url, api_key)

    @classmethod
    def from_env(cls) -> "ProduceSupplierClient":
        return cls(os.environ["PRODUCE_API_URL"], os.environ["PRODUCE_API_KEY"])

    def price_list(self, kitchen_site: str) -> list[dict]:
        resp = self.http.get(
            f"{self.base_url}/v2/prices",
            params={"delivery_point": kitchen_site},
            timeout=self.timeout,
        )
        resp.raise_for_status()
        return resp.json()["items"]

    def submit(self, order: PurchaseOrder) -> str:
        resp = self.http.post(
            f"{self.base_url}/v2/orders", json=order.as_payload(), timeout=self.timeout
        )
        if resp.status_code == 409:
            log.warning("order %s already submitted", order.reference)
            return resp.json()["order_id"]
        resp.raise_for_status()
        order_id = resp.json()["order_id"]
        log.info("submitted order %s as %s (%d lines)", order.reference, order_id, len(order.lines))
        return order_id

    def order_status(self, order_id: str) -> str:
        resp = self.http.get(f"{self.base_url}/v2/orders/{order_id}", timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()["status"]
