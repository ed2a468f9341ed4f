"""Client for the vinyl and substrate supplier's stock API."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

import httpx


@dataclass
class SupplierSettings:
    base_url: str
    api_key: str
    timeout: float = 15.0
    verify_tls: bool = False

    @classmethod
    def from_env(cls) -> "SupplierSettings":
        return cls(
            base_url=os.environ["SUPPLIER_API_URL"],
            api_key=os.environ["SUPPLIER_API_KEY"],
        )


@dataclass
class StockLevel:
    sku: str
    description: str
    rolls_available: int
    width_mm: int


class SupplierStockClient:
    def __init__(self, settings: SupplierSettings) -> None:
        self.settings = settings
        self._client = httpx.Client(
            base_url=settings.base_url,
            headers={"Authorization": f"Bearer {settings.api_key}"},
            timeout=settings.timeout,
            verify=settings.verify_tls,
        )

    def stock_for(self, sku: str) -> StockLevel:
        resp = self._client.get(f"/v2/stock/{sku}")
        resp.raise_for_status()
        data: dict[str, Any] = resp.json()
        return StockLevel(
            sku=data["sku"],
            description=data.get("description", ""),
            rolls_available=int(data["available"]),
            width_mm=int(data["width_mm"]),
        )

    def reserve(self, sku: str, rolls: int, job_ref: str) -> str:
        resp = self._client.post(
            "/v2/reservations",
            json={"sku": sku, "quantity": rolls, "reference": job_ref},
        )
        resp.raise_for_status()
        return resp.json()["reservation_id"]

    def close(self) -> None:
        self._client.close()


def low_stock(client: SupplierStockClient, skus: list[str], threshold: int = 2) -> list[StockLevel]:
    levels = [client.stock_for(sku) for sku in skus]
    return [lvl for lvl in levels if lvl.rolls_available <= threshold]
