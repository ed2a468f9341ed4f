"""Client for the metal exchange hedging API used to lock in copper and tin for large rings."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Dict

import httpx


def _required(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise RuntimeError(f"environment variable {name} is not set")
    return value


@dataclass(frozen=True)
class ExchangeCredentials:
    api_key: str = field(default_factory=lambda: _required("METAL_EXCHANGE_API_KEY"), repr=False)
    api_secret: str = field(default_factory=lambda: _required("METAL_EXCHANGE_API_SECRET"), repr=False)
    account_id: str = field(default_factory=lambda: _required("METAL_EXCHANGE_ACCOUNT"))


class ExchangeClient:
    def __init__(self, base_url: str | None = None, creds: ExchangeCredentials | None = None) -> None:
        self.creds = creds or ExchangeCredentials()
        self._http = httpx.Client(
            base_url=base_url or _required("METAL_EXCHANGE_URL"),
            auth=(self.creds.api_key, self.creds.api_secret),
            timeout=15.0,
        )

    def forward_price(self, metal: str, months: int) -> Decimal:
        resp = self._http.get(f"/forwards/{metal}", params={"months": months})
        resp.raise_for_status()
        return Decimal(str(resp.json()["price"]))

    def place_hedge(self, metal: str, tonnes: Decimal, months: int, ring_ref: str) -> Dict[str, Any]:
        order = {
            "account": self.creds.account_id,
            "metal": metal,
            "quantity_t": str(tonnes),
            "tenor_months": months,
            "client_ref": ring_ref,
        }
        resp = self._http.post("/orders", json=order)
        resp.raise_for_status()
        return resp.json()


def hedge_ring(ring_ref: str, total_kg: float, months: int = 6) -> Dict[str, Any]:
    client = ExchangeClient()
    tonnes = Decimal(str(total_kg)) / Decimal(1000)
    return {
        "copper": client.place_hedge("copper", (tonnes * Decimal("0.78")).quantize(Decimal("0.001")), months, ring_ref),
        "tin": client.place_hedge("tin", (tonnes * Decimal("0.22")).quantize(Decimal("0.001")), months, ring_ref),
    }
