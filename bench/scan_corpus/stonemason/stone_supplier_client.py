"""Client for the memorial supplier's trade API.

Pre-cut headstone blanks, vases and plinths are bought from a wholesale
memorial supplier.  This client checks stock and places trade orders.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

import requests

log = logging.getLogger(__name__)

TRADE_API_KEY = "mst_live_7Hq2vR9kLx4Pz8Wc1Nd6Ty3Bf5Gj0Sa"


@dataclass
class StockLine:
    sku: str
    description: str
    colour: str
    in_stock: int
    trade_price: float


class SupplierClient:
    def __init__(self, base_url: str, account_no: str, api_key: str = TRADE_API_KEY) -> None:
        self.base_url = base_url.rstrip("/")
        self.account_no = account_no
        self.session = requests.Session()
        self.session.headers.update(
            {"X-Api-Key": api_key, "Accept": "application/json"}
        )

    def _get(self, path: str, **params) -> dict:
        resp = self.session.get(f"{self.base_url}{path}", params=params, timeout=15)
        resp.raise_for_status()
        return resp.json()

    def stock(self, colour: str | None = None) -> list[StockLine]:
        data = self._get("/v1/stock", colour=colour) if colour else self._get("/v1/stock")
        return [
            StockLine(
                sku=row["sku"],
                description=row["description"],
                colour=row["colour"],
                in_stock=int(row["qty"]),
                trade_price=float(row["price"]),
            )
            for row in data["lines"]
        ]

    def place_order(self, lines: dict[str, int], reference: str) -> str:
        body = {
            "account": self.account_no,
            "reference": reference,
            "lines": [{"sku": sku, "qty": qty} for sku, qty in lines.items()],
        }
        resp = self.session.post(f"{self.base_url}/v1/orders", json=body, timeout=30)
        resp.raise_for_status()
        order_no = resp.json()["order_no"]
        log.info("supplier order %s placed for %s", order_no, reference)
        return order_no
