"""Fetches wave and swell forecasts for the sailing areas used by the school."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import httpx

MARINE_API = "https://marine-api.open-meteo.com/v1/marine"

SAILING_AREAS = {
    "solent": (50.77, -1.30),
    "poole_bay": (50.67, -1.90),
    "torbay": (50.45, -3.52),
}


@dataclass
class SeaState:
    time: datetime
    wave_height_m: float
    wave_period_s: float
    swell_height_m: float


class MarineForecast:
    def __init__(self, client: httpx.Client | None = None) -> None:
        self.client = client or httpx.Client(timeout=httpx.Timeout(10.0))

    def hourly(self, area: str, days: int = 2) -> list[SeaState]:
        lat, lon = SAILING_AREAS[area]
        resp = self.client.get(
            MARINE_API,
            params={
                "latitude": lat,
                "longitude": lon,
                "hourly": "wave_height,wave_period,swell_wave_height",
                "forecast_days": days,
                "timezone": "Europe/London",
            },
        )
        resp.raise_for_status()
        hourly = resp.json()["hourly"]
        return [
            SeaState(
                time=datetime.fromisoformat(t),
                wave_height_m=h or 0.0,
                wave_period_s=p or 0.0,
                swell_height_m=s or 0.0,
            )
            for t, h, p, s in zip(
                hourly["time"],
                hourly["wave_height"],
                hourly["wave_period"],
                hourly["swell_wave_height"],
            )
        ]

    def suitable_for_novices(self, area: str, max_wave_m: float = 1.0) -> bool:
        daylight = [s for s in self.hourly(area, days=1) if 9 <= s.time.hour <= 17]
        return bool(daylight) and max(s.wave_height_m for s in daylight) <= max_wave_m
