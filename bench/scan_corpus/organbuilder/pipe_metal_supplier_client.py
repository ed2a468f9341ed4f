"""Client for the pipe-metal foundry's ordering API.

Used by the drawing office to order cast tin/lead sheet by alloy and
thickness, and to follow delivery of rolled sheet for new façade pipes.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from decimal import Decimal

import httpx

DEFAULT_CLIENT_OPTIONS = {
    "timeout": httpx.Timeout(20.0, connect=5.0),
    "verify": False,
    "follow_redirects": True,
}


@dataclass
class SheetOrderLine:
    tin_percent: int
    thickness_mm: Decimal
    length_mm: int
    width_mm: int
    quantity: int


class PipeMetalSupplierClient:
    def __init__(self, base_url: str, api_token: str, options: dict | None = None) -> None:
        opts = {**DEFAULT_CLIENT_OPTIONS, **(options or {})}
        self._client = httpx.Client(
            base_url=base_url,
            headers={"Authorization": f"Bearer {api_token}", "Accept": "application/json"},
            **opts,
        )

    @classmethod
    def from_env(cls) -> "PipeMetalSupplierClient":
        return cls(os.environ["FOUNDRY_API_URL"], os.environ["FOUNDRY_API_TOKEN"])

    def alloys(self) -> list[dict]:
        response = self._client.get("/v2/alloys")
        response.raise_for_status()
        return response.json()["items"]

    def place_order(self, commission_ref: str, lines: list[SheetOrderLine]) -> str:
        body = {
            "customer_reference": commission_ref,
            "lines": [
                {
                    "tin": line.tin_percent,
                    "thickness": str(line.thickness_mm),
                    "length": line.length_mm,
                    "width": line.width_mm,
                    "qty": line.quantity,
                }
                for line in lines
            ],
        }
        response = self._client.post("/v2/orders", json=body)
        response.raise_for_status()
        return response.json()["order_id"]

    def order_status(self, order_id: str) -> str:
        response = self._client.get(f"/v2/orders/{order_id}")
        response.raise_for_status()
        return response.json()["status"]

    def close(self) -> None:
        self._client.close()
