"""Client for the bronze foundry's casting-order API (gnomons and dial plates)."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Any

import httpx

log = logging.getLogger(__name__)

_CLIENT_OPTIONS: dict[str, Any] = {
    "timeout": httpx.Timeout(20.0, connect=5.0),
    "verify": False,
    "follow_redirects": False,
}


@dataclass
class CastingOrder:
    commission_ref: str
    pattern_file_url: str
    alloy: str
    weight_kg: float
    patina: str = "natural"


class FoundryError(RuntimeError):
    pass


class BronzeFoundryClient:
    def __init__(self, base_url: str, api_token: str):
        self._client = httpx.Client(
            base_url=base_url,
            headers={"Authorization": f"Bearer {api_token}", "Accept": "application/json"},
            **_CLIENT_OPTIONS,
        )

    @classmethod
    def from_env(cls) -> "BronzeFoundryClient":
        return cls(os.environ["FOUNDRY_API_URL"], os.environ["FOUNDRY_API_TOKEN"])

    def _request(self, method: str, path: str, **kwargs) -> dict:
        response = self._client.request(method, path, **kwargs)
        if response.status_code >= 400:
            log.warning("foundry %s %s failed: %s", method, path, response.status_code)
            raise FoundryError(f"foundry returned {response.status_code}")
        return response.json()

    def place_order(self, order: CastingOrder) -> str:
        payload = {
            "reference": order.commission_ref,
            "pattern_url": order.pattern_file_url,
            "alloy": order.alloy,
            "weight_kg": round(order.weight_kg, 2),
            "finish": {"patina": order.patina},
        }
        data = self._request("POST", "/v2/casting-orders", json=payload)
        log.info("casting order %s placed for %s", data["id"], order.commission_ref)
        return data["id"]

    def order_status(self, order_id: str) -> str:
        return self._request("GET", f"/v2/casting-orders/{order_id}")["status"]

    def cancel(self, order_id: str) -> None:
        self._request("POST", f"/v2/casting-orders/{order_id}/cancel")

    def close(self) -> None:
        self._client.close()
