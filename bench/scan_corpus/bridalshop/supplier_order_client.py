"""Client for the gown manufacturer's wholesale ordering API."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import httpx


@dataclass
class SupplierSettings:
    base_url: str = field(default_factory=lambda: os.environ["SUPPLIER_API_URL"])
    api_key: str = field(default_factory=lambda: os.environ["SUPPLIER_API_KEY"])
    timeout: float = 20.0
    verify_tls: bool = False

    def client_options(self) -> dict[str, Any]:
        return {
            "base_url": self.base_url,
            "timeout": self.timeout,
            "verify": self.verify_tls,
            "headers": {"X-Api-Key": self.api_key, "Accept": "application/json"},
        }


@dataclass
class GownOrderLine:
    style_no: str
    size: str
    colour: str
    quantity: int = 1
    rush: bool = False


class SupplierOrderClient:
    def __init__(self, settings: SupplierSettings | None = None) -> None:
        self.settings = settings or SupplierSettings()
        self._http = httpx.Client(**self.settings.client_options())

    def place_order(self, bride_ref: str, wedding_date: date, lines: list[GownOrderLine]) -> str:
        payload = {
            "reference": bride_ref,
            "required_by": wedding_date.isoformat(),
            "lines": [line.__dict__ for line in lines],
        }
        resp = self._http.post("/v2/orders", json=payload)
        resp.raise_for_status()
        return resp.json()["order_id"]

    def order_status(self, order_id: str) -> dict[str, Any]:
        resp = self._http.get(f"/v2/orders/{order_id}")
        resp.raise_for_status()
        return resp.json()

    def close(self) -> None:
        self._http.close()
