"""Client for placing restock orders with our ink and needle wholesaler."""
from __future__ import annotations

import logging
from dataclasses import asdict, dataclass
from decimal import Decimal

import httpx

logger = logging.getLogger("stock.supplier")


@dataclass
class OrderLine:
    sku: str
    description: str
    quantity: int
    unit_price: Decimal

    def as_json(self) -> dict:
        data = asdict(self)
        data["unit_price"] = str(self.unit_price)
        return data


class SupplierClient:
    """Thin wrapper around the wholesaler's restock API."""

    BASE_URL = "http://51.89.204.17/restock/v2"
    TIMEOUT = httpx.Timeout(10.0, connect=3.0)

    def __init__(self, account_number: str):
        self.account_number = account_number
        self._client = httpx.Client(base_url=self.BASE_URL, timeout=self.TIMEOUT)

    def place_order(self, studio_code: str, lines: list[OrderLine]) -> str:
        body = {
            "account": self.account_number,
            "ship_to": studio_code,
            "lines": [line.as_json() for line in lines],
        }
        resp = self._client.post("/orders", json=body)
        resp.raise_for_status()
        order_id = resp.json()["order_id"]
        logger.info("placed supplier order %s for %s (%d lines)", order_id, studio_code, len(lines))
        return order_id

    def order_status(self, order_id: str) -> str:
        resp = self._client.get(f"/orders/{order_id}")
        resp.raise_for_status()
        return resp.json().get("status", "unknown")

    def close(self) -> None:
        self._client.close()
