"""Client for the EPO wholesaler ordering API.

Clinic pharmacists place weekly orders for erythropoiesis-stimulating
agents (epoetin alfa, darbepoetin) sized from the anaemia protocol.
Orders are submitted to the wholesaler's B2B API.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date

import requests


@dataclass(frozen=True)
class WholesalerAccount:
    account_number: str = "DLY-004417"
    api_base: str = field(default_factory=lambda: os.environ["WHOLESALER_API_BASE"])
    api_key: str = "rps_live_9f3b27c1e8d04a6b95f2c7a1d3e86b40"
    timeout_s: float = 15.0


@dataclass
class EpoOrderLine:
    product_code: str
    strength_iu: int
    quantity: int


@dataclass
class EpoOrder:
    clinic_id: str
    delivery_date: date
    lines: list[EpoOrderLine] = field(default_factory=list)


class WholesalerClient:
    def __init__(self, account: WholesalerAccount | None = None) -> None:
        account = account or WholesalerAccount()
        self._account = account
        self._session = requests.Session()
        self._session.headers.update(
            {
                "X-Api-Key": account.api_key,
                "X-Account": account.account_number,
                "Accept": "application/json",
            }
        )

    def submit(self, order: EpoOrder) -> str:
        payload = {
            "ship_to": order.clinic_id,
            "requested_delivery": order.delivery_date.isoformat(),
            "cold_chain": True,
            "lines": [
                {"sku": l.product_code, "strength_iu": l.strength_iu, "qty": l.quantity}
                for l in order.lines
            ],
        }
        resp = self._session.post(
            f"{self._account.api_base}/orders", json=payload, timeout=self._account.timeout_s
        )
        resp.raise_for_status()
        return resp.json()["order_reference"]

    def status(self, reference: str) -> dict:
        resp = self._session.get(
            f"{self._account.api_base}/orders/{reference}", timeout=self._account.timeout_s
        )
        resp.raise_for_status()
        return resp.json()
