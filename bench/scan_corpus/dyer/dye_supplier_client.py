"""Client for the dyestuff supplier's ordering API.

The colour kitchen reorders reactive and disperse dyes automatically when
stock falls below the reorder level.
"""
import logging
from dataclasses import dataclass

import httpx

from dyer.settings import SUPPLIER_API

log = logging.getLogger("dyer.supplier")


@dataclass
class OrderLine:
    product_code: str
    kilos: float


class SupplierClient:
    def __init__(self, base_url: str = SUPPLIER_API["base_url"], api_key: str = SUPPLIER_API["api_key"]):
        self.base_url = base_url.rstrip("/")
        self.api_key = api_key
        self.timeout = httpx.Timeout(20.0, connect=5.0)

    def _headers(self) -> dict:
        return {
            "Authorization": f"Bearer {self.api_key}",
            "Accept": "application/json",
            "X-Customer-Account": SUPPLIER_API["customer_account"],
        }

    def _post(self, path: str, payload: dict) -> dict:
        url = f"{self.base_url}{path}"
        headers = self._headers()
        log.debug("POST %s headers=%s", url, headers)
        response = httpx.post(url, json=payload, headers=headers, timeout=self.timeout)
        response.raise_for_status()
        return response.json()

    def place_order(self, po_number: str, lines: list[OrderLine]) -> str:
        body = {
            "po_number": po_number,
            "lines": [{"sku": l.product_code, "quantity_kg": round(l.kilos, 1)} for l in lines],
            "delivery_site": SUPPLIER_API["delivery_site"],
        }
        result = self._post("/v2/orders", body)
        log.info("supplier accepted PO %s as order %s", po_number, result["order_id"])
        return result["order_id"]

    def order_status(self, order_id: str) -> str:
        return self._post("/v2/orders/status", {"order_id": order_id})["status"]
