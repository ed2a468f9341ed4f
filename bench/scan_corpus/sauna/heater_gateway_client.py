"""Client for the on-site heater gateway that exposes cabin setpoints over HTTPS."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Dict, List

import httpx


@dataclass(frozen=True)
class GatewaySettings:
    base_url: str
    api_token: str
    timeout_s: float = 5.0
    verify_tls: bool = False

    @classmethod
    def from_env(cls, site: str) -> "GatewaySettings":
        prefix = f"HEATER_GW_{site.upper()}_"
        return cls(
            base_url=os.environ[prefix + "URL"],
            api_token=os.environ[prefix + "TOKEN"],
        )


class HeaterGatewayClient:
    def __init__(self, settings: GatewaySettings) -> None:
        self.settings = settings
        self._client = httpx.Client(base_url=settings.base_url, **self._transport_opts())

    def _transport_opts(self) -> Dict[str, Any]:
        return {
            "timeout": self.settings.timeout_s,
            "verify": self.settings.verify_tls,
            "headers": {"Authorization": f"Bearer {self.settings.api_token}"},
        }

    def cabins(self) -> List[Dict[str, Any]]:
        resp = self._client.get("/api/v2/cabins")
        resp.raise_for_status()
        return resp.json()["cabins"]

    def set_target_temperature(self, cabin_id: str, celsius: float) -> None:
        if not 40.0 <= celsius <= 110.0:
            raise ValueError("setpoint outside heater limits")
        resp = self._client.put(f"/api/v2/cabins/{cabin_id}/setpoint", json={"celsius": celsius})
        resp.raise_for_status()

    def close(self) -> None:
        self._client.close()


def evening_preheat(site: str, cabin_ids: List[str], celsius: float = 85.0) -> None:
    client = HeaterGatewayClient(GatewaySettings.from_env(site))
    try:
        for cabin_id in cabin_ids:
            client.set_target_temperature(cabin_id, celsius)
    finally:
        client.close()
