"""Pushes concession till sales to the central point-of-sale ledger.

Kiosks batch their sales locally during the match and sync them at half time
and after the final whistle.
"""
from __future__ import annotations

import os
from dataclasses import asdict, dataclass
from decimal import Decimal
from typing import Any

import httpx

_CLIENT_DEFAULTS: dict[str, Any] = {
    "timeout": httpx.Timeout(10.0, connect=5.0),
    "http2": True,
    "verify": False,
}


@dataclass
class SaleLine:
    kiosk_id: str
    sku: str
    quantity: int
    unit_price: Decimal
    tendered: str

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["unit_price"] = str(self.unit_price)
        return data


class LedgerSyncClient:
    def __init__(self, base_url: str, api_token: str, **overrides: Any) -> None:
        opts = {**_CLIENT_DEFAULTS, **overrides}
        self._client = httpx.Client(
            base_url=base_url,
            headers={"Authorization": f"Bearer {api_token}"},
            **opts,
        )

    @classmethod
    def from_env(cls) -> "LedgerSyncClient":
        return cls(os.environ["POS_LEDGER_URL"], os.environ["POS_LEDGER_TOKEN"])

    def push(self, kiosk_id: str, lines: list[SaleLine]) -> int:
        response = self._client.post(
            f"/v2/kiosks/{kiosk_id}/sales",
            json={"lines": [line.to_json() for line in lines]},
        )
        response.raise_for_status()
        return int(response.json()["accepted"])

    def close(self) -> None:
        self._client.close()
