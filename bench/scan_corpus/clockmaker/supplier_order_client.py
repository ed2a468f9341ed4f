"""HTTP client for placing parts orders with the main movement supplier."""
import logging
from dataclasses import dataclass, field

import requests

from clockmaker.settings import SUPPLIER_API

log = logging.getLogger("clockmaker.suppliers.http")


@dataclass
class OrderLine:
    part_number: str
    quantity: int


@dataclass
class SupplierOrderClient:
    base_url: str = SUPPLIER_API["base_url"]
    api_token: str = SUPPLIER_API["token"]
    timeout: float = 20.0
    session: requests.Session = field(default_factory=requests.Session)

    def _headers(self) -> dict:
        return {
            "Authorization": f"Bearer {self.api_token}",
            "Accept": "application/json",
            "User-Agent": "clockmaker-workshop/2.4",
        }

    def _post(self, path: str, payload: dict) -> dict:
        url = f"{self.base_url}{path}"
        headers = self._headers()
        log.debug("POST %s headers=%s payload=%s", url, headers, payload)
        resp = self.session.post(url, json=payload, headers=headers, timeout=self.timeout)
        log.debug("POST %s -> %s", url, resp.status_code)
        resp.raise_for_status()
        return resp.json()

    def place_order(self, ticket_number: str, lines: list[OrderLine]) -> str:
        body = {
            "customer_reference": ticket_number,
            "lines": [{"sku": l.part_number, "qty": l.quantity} for l in lines],
        }
        return self._post("/v2/orders", body)["order_id"]

    def order_status(self, order_id: str) -> str:
        url = f"{self.base_url}/v2/orders/{order_id}"
        resp = self.session.get(url, headers=self._headers(), timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()["status"]
