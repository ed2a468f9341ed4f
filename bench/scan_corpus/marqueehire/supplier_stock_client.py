"""Client for the furniture supplier's stock availability API.

When our own chairs, tables and dance-floor panels are all booked out for a
weekend, the planners top up from a supplier. This client asks the supplier
what they can deliver and places a hold.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from typing import Any, Dict, List

import httpx

SUPPLIER_BASE_URL = os.environ.get("FURNITURE_SUPPLIER_URL", "https://api.supplier.example")

_CLIENT_OPTIONS: Dict[str, Any] = {
    "timeout": httpx.Timeout(10.0, connect=5.0),
    "verify": False,
    "follow_redirects": False,
}


@dataclass
class StockLine:
    sku: str
    description: str
    available: int
    unit_price_pence: int


class SupplierStockClient:
    def __init__(self, api_key: str | None = None, base_url: str = SUPPLIER_BASE_URL) -> None:
        token = api_key or os.environ["FURNITURE_SUPPLIER_API_KEY"]
        self._client = httpx.Client(
            base_url=base_url,
            headers={"Authorization": f"Bearer {token}", "Accept": "application/json"},
            **_CLIENT_OPTIONS,
        )

    def __enter__(self) -> "SupplierStockClient":
        return self

    def __exit__(self, *exc) -> None:
        self._client.close()

    def availability(self, skus: List[str], event_date: date) -> List[StockLine]:
        resp = self._client.get(
            "/v2/availability",
            params={"sku": ",".join(skus), "date": event_date.isoformat()},
        )
        resp.raise_for_status()
        return [
            StockLine(
                sku=item["sku"],
                description=item["description"],
                available=int(item["available"]),
                unit_price_pence=int(round(float(item["unit_price"]) * 100)),
            )
            for item in resp.json()["items"]
        ]

    def place_hold(self, booking_ref: str, event_date: date, lines: Dict[str, int]) -> str:
        resp = self._client.post(
            "/v2/holds",
            json={
                "reference": booking_ref,
                "date": event_date.isoformat(),
                "lines": [{"sku": sku, "quantity": qty} for sku, qty in lines.items()],
            },
        )
        resp.raise_for_status()
        return resp.json()["hold_id"]
