"""Client for the horological parts wholesaler's ordering API.

Used by the nightly reorder job to place orders for aneroid capsules,
silvered dial blanks and mercury-free replacement tubes.
"""
import logging
import os
from dataclasses import dataclass, field

import requests

log = logging.getLogger("suppliers.orders")


@dataclass
class OrderLine:
    supplier_sku: str
    quantity: int
    note: str = ""


@dataclass
class SupplierClient:
    base_url: str = "https://api.horologyparts.example/v2"
    api_key: str = field(default_factory=lambda: os.environ["HOROLOGY_PARTS_API_KEY"])
    timeout: float = 20.0

    def __post_init__(self) -> None:
        self.session = requests.Session()
        self.session.headers.update(
            {"Authorization": f"Bearer {self.api_key}", "Accept": "application/json"}
        )

    def _post(self, path: str, payload: dict) -> dict:
        url = f"{self.base_url}{path}"
        log.debug("POST %s headers=%s", url, dict(self.session.headers))
        resp = self.session.post(url, json=payload, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()

    def place_order(self, account_ref: str, lines: list[OrderLine]) -> str:
        body = {
            "account": account_ref,
            "lines": [{"sku": l.supplier_sku, "qty": l.quantity, "note": l.note} for l in lines],
        }
        result = self._post("/orders", body)
        log.info("order %s placed with %d lines", result["order_id"], len(lines))
        return result["order_id"]

    def order_status(self, order_id: str) -> str:
        resp = self.session.get(f"{self.base_url}/orders/{order_id}", timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()["status"]
