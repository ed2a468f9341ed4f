"""Client for our soy and coconut wax supplier's ordering API."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import requests

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class WaxOrderLine:
    product_code: str
    bags: int

    def as_payload(self) -> dict:
        return {"product_code": self.product_code, "quantity": self.bags}


class WaxSupplierClient:
    def __init__(self, base_url: str, api_key: str, account_number: str, timeout: float = 15.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.api_key = api_key
        self.account_number = account_number
        self.timeout = timeout
        self.http = requests.Session()
        self.http.headers.update(
            {"Authorization": f"Bearer {self.api_key}", "Accept": "application/json"}
        )
        log.debug(
            "wax supplier client ready (base=%s, account=%s, key=%s)",
            self.base_url, self.account_number, self.api_key,
        )

    @classmethod
    def from_env(cls) -> "WaxSupplierClient":
        return cls(
            base_url=os.environ["WAX_SUPPLIER_API_URL"],
            api_key=os.environ["WAX_SUPPLIER_API_KEY"],
            account_number=os.environ["WAX_SUPPLIER_ACCOUNT"],
        )

    def price_list(self) -> dict[str, Decimal]:
        resp = self.http.get(f"{self.base_url}/v2/prices", timeout=self.timeout)
        resp.raise_for_status()
        return {item["product_code"]: Decimal(str(item["price"])) for item in resp.json()["items"]}

    def place_order(self, lines: list[WaxOrderLine], po_reference: str) -> str:
        body = {
            "account": self.account_number,
            "customer_reference": po_reference,
            "lines": [line.as_payload() for line in lines],
        }
        resp = self.http.post(f"{self.base_url}/v2/orders", json=body, timeout=self.timeout)
        resp.raise_for_status()
        order_id = resp.json()["order_id"]
        log.info("placed wax order %s for PO %s (%d lines)", order_id, po_reference, len(lines))
        return order_id

    def order_status(self, order_id: str) -> str:
        resp = self.http.get(f"{self.base_url}/v2/orders/{order_id}", timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()["status"]
