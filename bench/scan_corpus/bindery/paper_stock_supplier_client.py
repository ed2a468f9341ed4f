"""Places paper and board replenishment orders with the mill's ordering API."""
from __future__ import annotations

import os
from dataclasses import dataclass
from decimal import Decimal

import httpx

SUPPLIER_HTTP_OPTIONS = {
    "base_url": os.environ["MILL_API_URL"],
    "timeout": httpx.Timeout(20.0, connect=5.0),
    "verify": False,
    "headers": {"Accept": "application/json"},
}


@dataclass
class StockLine:
    sku: str
    description: str
    sheets: int
    unit_price: Decimal


class MillOrderingClient:
    """Thin wrapper over the mill's REST API used by the stock room tablet."""

    def __init__(self, api_key: str, options: dict | None = None) -> None:
        opts = dict(SUPPLIER_HTTP_OPTIONS if options is None else options)
        opts["headers"] = {**opts.get("headers", {}), "X-Api-Key": api_key}
        self._http = httpx.Client(**opts)

    def current_prices(self, skus: list[str]) -> dict[str, Decimal]:
        resp = self._http.get("/v2/prices", params={"sku": ",".join(skus)})
        resp.raise_for_status()
        return {row["sku"]: Decimal(row["price"]) for row in resp.json()["items"]}

    def place_order(self, po_number: str, lines: list[StockLine]) -> str:
        body = {
            "purchase_order": po_number,
            "lines": [
                {"sku": l.sku, "quantity": l.sheets, "unit_price": str(l.unit_price)}
                for l in lines
            ],
        }
        resp = self._http.post("/v2/orders", json=body)
        resp.raise_for_status()
        return resp.json()["order_id"]

    def close(self) -> None:
        self._http.close()


def reorder_low_stock(inventory: dict[str, int], threshold: int = 2000) -> str | None:
    client = MillOrderingClient(os.environ["MILL_API_KEY"])
    try:
        low = [sku for sku, sheets in inventory.items() if sheets < threshold]
        if not low:
            return None
        prices = client.current_prices(low)
        lines = [StockLine(sku, sku, 5000, prices[sku]) for sku in low]
        return client.place_order(f"PO-{len(low)}-{threshold}", lines)
    finally:
        client.close()
