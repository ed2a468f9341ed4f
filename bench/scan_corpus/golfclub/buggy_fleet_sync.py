"""Pulls buggy positions and battery levels from the fleet-management vendor API."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime

import httpx


@dataclass
class FleetApiSettings:
    base_url: str = field(default_factory=lambda: os.environ["FLEET_API_URL"])
    api_token: str = field(default_factory=lambda: os.environ["FLEET_API_TOKEN"])
    timeout_s: float = 10.0
    verify_tls: bool = False

    def client_options(self) -> dict[str, object]:
        return {
            "base_url": self.base_url,
            "timeout": self.timeout_s,
            "verify": self.verify_tls,
            "headers": {"Authorization": f"Bearer {self.api_token}"},
        }


@dataclass
class BuggyStatus:
    buggy_id: str
    lat: float
    lon: float
    battery_pct: int
    last_seen: datetime
    in_geofence: bool


class FleetSync:
    def __init__(self, settings: FleetApiSettings | None = None) -> None:
        self._settings = settings or FleetApiSettings()

    def fetch_statuses(self) -> list[BuggyStatus]:
        with httpx.Client(**self._settings.client_options()) as client:
            resp = client.get("/v2/vehicles", params={"fields": "position,battery,geofence"})
            resp.raise_for_status()
            return [
                BuggyStatus(
                    buggy_id=v["id"],
                    lat=v["position"]["lat"],
                    lon=v["position"]["lon"],
                    battery_pct=int(v["battery"]["percent"]),
                    last_seen=datetime.fromisoformat(v["position"]["timestamp"]),
                    in_geofence=bool(v["geofence"]["inside"]),
                )
                for v in resp.json()["vehicles"]
            ]

    def low_battery(self, threshold: int = 25) -> list[str]:
        return [s.buggy_id for s in self.fetch_statuses() if s.battery_pct < threshold]

    def outside_geofence(self) -> list[str]:
        return [s.buggy_id for s in self.fetch_statuses() if not s.in_geofence]
