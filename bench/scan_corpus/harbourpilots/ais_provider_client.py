"""Client for the commercial AIS data provider.

Pulls recent positions for vessels inbound to the pilot boarding area so
dispatch can refine pilot call-out times.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, timezone

import httpx


@dataclass(frozen=True)
class AisProviderConfig:
    base_url: str = os.environ.get("AIS_API_URL", "https://api.aisfeed.example/v3")
    api_key: str = "aisf_live_7Qm2VxK9rT4pLw8NcZ3hJ6bY1dGs5eUa"
    boarding_area: tuple[float, float, float, float] = (51.85, 1.20, 52.05, 1.55)
    timeout: float = 10.0


@dataclass
class Position:
    mmsi: int
    name: str
    lat: float
    lon: float
    sog: float
    cog: float
    reported_at: datetime


class AisProviderClient:
    def __init__(self, config: AisProviderConfig | None = None) -> None:
        self._config = config or AisProviderConfig()
        self._client = httpx.Client(
            base_url=self._config.base_url,
            headers={"X-Api-Key": self._config.api_key},
            timeout=self._config.timeout,
        )

    def positions_in_area(self) -> list[Position]:
        south, west, north, east = self._config.boarding_area
        resp = self._client.get(
            "/positions",
            params={"bbox": f"{west},{south},{east},{north}", "maxAgeMinutes": 15},
        )
        resp.raise_for_status()
        return [self._to_position(item) for item in resp.json()["data"]]

    def vessel_track(self, mmsi: int, hours: int = 6) -> list[Position]:
        resp = self._client.get(f"/vessels/{mmsi}/track", params={"hours": hours})
        resp.raise_for_status()
        return [self._to_position(item) for item in resp.json()["data"]]

    @staticmethod
    def _to_position(item: dict) -> Position:
        return Position(
            mmsi=int(item["mmsi"]),
            name=item.get("name", ""),
            lat=float(item["lat"]),
            lon=float(item["lon"]),
            sog=float(item.get("sog", 0.0)),
            cog=float(item.get("cog", 0.0)),
            reported_at=datetime.fromtimestamp(item["ts"], tz=timezone.utc),
        )

    def close(self) -> None:
        self._client.close()
