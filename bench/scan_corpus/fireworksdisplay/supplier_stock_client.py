"""Client for the pyrotechnic supplier's stock and ordering API (cakes, shells, mines, e-matches)."""
from __future__ import annotations

import os
from dataclasses import dataclass
from decimal import Decimal

import httpx


@dataclass(frozen=True)
class SupplierSettings:
    base_url: str
    api_key: str
    account_number: str
    timeout_s: float = 15.0
    verify_tls: bool = False

    @classmethod
    def from_env(cls) -> "SupplierSettings":
        return cls(
            base_url=os.environ["SUPPLIER_API_URL"],
            api_key=os.environ["SUPPLIER_API_KEY"],
            account_number=os.environ["SUPPLIER_ACCOUNT"],
        )


@dataclass(frozen=True)
class StockLine:
    sku: str
    description: str
    hazard_division: str
    net_explosive_kg: Decimal
    available: int


class SupplierStockClient:
    def __init__(self, settings: SupplierSettings) -> None:
        self._settings = settings
        self._client = httpx.Client(
            base_url=settings.base_url,
            headers={"Authorization": f"Bearer {settings.api_key}", "Accept": "application/json"},
            timeout=settings.timeout_s,
            verify=settings.verify_tls,
        )

    def __enter__(self) -> "SupplierStockClient":
        return self

    def __exit__(self, *exc) -> None:
        self._client.close()

    def stock(self, hazard_division: str | None = None) -> list[StockLine]:
        params = {"account": self._settings.account_number}
        if hazard_division:
            params["hd"] = hazard_division
        resp = self._client.get("/v2/stock", params=params)
        resp.raise_for_status()
        return [
            StockLine(
                sku=item["sku"],
                description=item["description"],
                hazard_division=item["hd"],
                net_explosive_kg=Decimal(str(item["nec_kg"])),
                available=int(item["available"]),
            )
            for item in resp.json()["items"]
        ]

    def place_order(self, lines: dict[str, int], licence_number: str, deliver_to: str) -> str:
        payload = {
            "account": self._settings.account_number,
            "licence_number": licence_number,
            "delivery_site": deliver_to,
            "lines": [{"sku": sku, "qty": qty} for sku, qty in lines.items() if qty > 0],
        }
        resp = self._client.post("/v2/orders", json=payload)
        resp.raise_for_status()
        return resp.json()["order_id"]
