"""Client for the commission dye house's order API.

Lots leave the finishing mill after scouring and fulling; the dye house
confirms shade matches and dispatch dates through this API.
"""
import os
from dataclasses import dataclass
from datetime import date
from typing import List, Optional

import httpx


@dataclass(frozen=True)
class DyehouseConfig:
    base_url: str
    api_key: str

    @classmethod
    def from_env(cls) -> "DyehouseConfig":
        return cls(
            base_url=os.environ.get("DYEHOUSE_API_URL", "https://api.dyehouse-partner.example"),
            api_key=os.environ["DYEHOUSE_API_KEY"],
        )


@dataclass
class DyeOrder:
    lot_no: str
    shade_ref: str
    metres: float
    kg: float
    wanted_by: date


class DyehouseClient:
    def __init__(self, config: Optional[DyehouseConfig] = None):
        self.config = config or DyehouseConfig.from_env()
        self._client = httpx.Client(
            base_url=self.config.base_url,
            headers={"X-Api-Key": self.config.api_key},
            timeout=httpx.Timeout(20.0, connect=5.0),
        )

    def place(self, order: DyeOrder) -> str:
        resp = self._client.post("/v1/dye-orders", json={
            "lot_no": order.lot_no,
            "shade_ref": order.shade_ref,
            "metres": order.metres,
            "kg": order.kg,
            "wanted_by": order.wanted_by.isoformat(),
        })
        resp.raise_for_status()
        return resp.json()["dye_order_id"]

    def status(self, dye_order_id: str) -> dict:
        resp = self._client.get(f"/v1/dye-orders/{dye_order_id}")
        resp.raise_for_status()
        return resp.json()

    def shade_results(self, lot_nos: List[str]) -> List[dict]:
        resp = self._client.get("/v1/shade-results", params={"lot": lot_nos})
        resp.raise_for_status()
        return resp.json()["results"]

    def close(self) -> None:
        self._client.close()
