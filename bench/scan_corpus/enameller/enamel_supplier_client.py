"""Client for our enamel frit and blank supplier's trade API (stock levels and reorders)."""
import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import httpx

log = logging.getLogger("enameller.supplier")

SUPPLIER_API = "https://trade.fritworks.example/api/v3"


@dataclass
class StockLine:
    sku: str
    description: str
    on_hand_kg: Decimal
    lead_time_days: int


class SupplierClient:
    def __init__(self, api_key: str | None = None, base_url: str = SUPPLIER_API):
        token = api_key or os.environ["FRITWORKS_API_KEY"]
        self._client = httpx.Client(
            base_url=base_url,
            headers={"Authorization": f"Bearer {token}", "Accept": "application/json"},
            timeout=20.0,
        )

    def stock(self, skus: list[str]) -> list[StockLine]:
        resp = self._client.get("/stock", params={"sku": ",".join(skus)})
        resp.raise_for_status()
        return [
            StockLine(i["sku"], i["description"], Decimal(str(i["on_hand_kg"])), i["lead_time_days"])
            for i in resp.json()["items"]
        ]

    def reorder(self, sku: str, kilos: Decimal, po_number: str) -> str:
        resp = self._client.post(
            "/orders",
            json={"sku": sku, "quantity_kg": str(kilos), "purchase_order": po_number},
        )
        resp.raise_for_status()
        order_id = resp.json()["order_id"]
        log.info("reordered %s kg of %s (PO %s) -> %s", kilos, sku, po_number, order_id)
        return order_id

    def close(self) -> None:
        self._client.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
