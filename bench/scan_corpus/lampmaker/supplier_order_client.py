"""Client for placing replenishment orders with the wholesale parts supplier."""
import logging
import os
from dataclasses import dataclass, field
from typing import List

import requests

log = logging.getLogger("purchasing.supplier")


@dataclass
class OrderLine:
    supplier_sku: str
    quantity: int


@dataclass
class SupplierClient:
    base_url: str = "https://api.brightwire-wholesale.example/v2"
    api_token: str = field(default_factory=lambda: os.environ["SUPPLIER_API_TOKEN"])
    timeout: float = 15.0

    def __post_init__(self) -> None:
        self.session = requests.Session()
        self.session.headers.update(
            {
                "Authorization": f"Bearer {self.api_token}",
                "Accept": "application/json",
                "User-Agent": "lampmaker-purchasing/1.4",
            }
        )

    def _post(self, path: str, payload: dict) -> dict:
        url = f"{self.base_url}{path}"
        log.debug("POST %s headers=%s body=%s", url, dict(self.session.headers), payload)
        resp = self.session.post(url, json=payload, timeout=self.timeout)
        if resp.status_code >= 400:
            log.error("supplier rejected %s: %s %s", path, resp.status_code, resp.text[:500])
        resp.raise_for_status()
        return resp.json()

    def place_order(self, account: str, lines: List[OrderLine], po_number: str) -> str:
        body = {
            "account": account,
            "purchase_order": po_number,
            "lines": [{"sku": l.supplier_sku, "qty": l.quantity} for l in lines if l.quantity > 0],
        }
        result = self._post("/orders", body)
        log.info("supplier order %s accepted for PO %s", result.get("order_id"), po_number)
        return result["order_id"]

    def stock_level(self, sku: str) -> int:
        resp = self.session.get(f"{self.base_url}/stock/{sku}", timeout=self.timeout)
        resp.raise_for_status()
        return int(resp.json()["available"])
