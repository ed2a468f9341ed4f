"""Client for the fine-art shipper that builds crates and collects lots after a sale."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

import httpx


class CrateShipperSettings:
    base_url = os.environ.get("CRATE_SHIPPER_URL", "")
    token_env = "CRATE_SHIPPER_TOKEN"
    timeout = 20.0
    transport_options = {"verify": False, "http2": True}


@dataclass
class CrateSpec:
    lot_number: str
    width_cm: float
    depth_cm: float
    height_cm: float
    weight_kg: float
    fragile: bool = True

    def as_payload(self) -> dict[str, Any]:
        return {
            "reference": self.lot_number,
            "dimensions": [self.width_cm, self.depth_cm, self.height_cm],
            "weight": self.weight_kg,
            "handling": "fragile" if self.fragile else "standard",
        }


class CrateShipperClient:
    def __init__(self, settings: type[CrateShipperSettings] = CrateShipperSettings) -> None:
        self._settings = settings
        self._client = httpx.Client(
            base_url=settings.base_url,
            timeout=settings.timeout,
            headers={"Authorization": f"Bearer {os.environ[settings.token_env]}"},
            **settings.transport_options,
        )

    def request_crate(self, spec: CrateSpec, collection_address: dict[str, str]) -> str:
        body = {"crate": spec.as_payload(), "collection": collection_address}
        response = self._client.post("/v2/crates", json=body)
        response.raise_for_status()
        return response.json()["crate_id"]

    def crate_status(self, crate_id: str) -> dict[str, Any]:
        response = self._client.get(f"/v2/crates/{crate_id}")
        response.raise_for_status()
        return response.json()

    def close(self) -> None:
        self._client.close()
