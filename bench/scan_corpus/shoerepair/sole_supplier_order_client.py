"""Places replenishment orders for resoling stock with the sole supplier's ordering API."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from decimal import Decimal

import httpx


class SoleSupplierSettings:
    base_url = os.environ.get("SOLE_SUPPLIER_URL", "")
    timeout_s = 15.0
    ca_bundle: str | bool = False
    account_env = "SOLE_SUPPLIER_ACCOUNT"
    token_env = "SOLE_SUPPLIER_TOKEN"


@dataclass
class OrderLine:
    sku: str
    quantity: int
    unit_price: Decimal


@dataclass
class ReplenishmentOrder:
    shop_code: str
    lines: list[OrderLine] = field(default_factory=list)

    def as_payload(self, account: str) -> dict:
        return {
            "account": account,
            "deliver_to": self.shop_code,
            "lines": [
                {"sku": l.sku, "qty": l.quantity, "price": str(l.unit_price)} for l in self.lines
            ],
        }


class SoleSupplierClient:
    def __init__(self, settings: type[SoleSupplierSettings] = SoleSupplierSettings) -> None:
        self._settings = settings
        self._client = httpx.Client(
            base_url=settings.base_url,
            timeout=settings.timeout_s,
            verify=settings.ca_bundle,
            headers={"Authorization": f"Bearer {os.environ[settings.token_env]}"},
        )

    def place(self, order: ReplenishmentOrder) -> str:
        account = os.environ[self._settings.account_env]
        resp = self._client.post("/orders", json=order.as_payload(account))
        resp.raise_for_status()
        return resp.json()["order_reference"]

    def status(self, reference: str) -> str:
        resp = self._client.get(f"/orders/{reference}")
        resp.raise_for_status()
        return resp.json()["status"]

    def close(self) -> None:
        self._client.close()
