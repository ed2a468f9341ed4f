"""Frost and rainfall readings for planning cutting days and set planting.

Cutting stops when the ground is waterlogged, and willow sets go in only
once the frost risk has passed. Readings come from the weather service's
station nearest the beds.
"""

import os
from dataclasses import dataclass
from datetime import date

import httpx

API_KEY_VAR = "WEATHER_API_KEY"
SETUP_HINT = "export WEATHER_API_KEY=<key from the weather service dashboard>"


@dataclass
class DailyReading:
    day: date
    min_temp_c: float
    rainfall_mm: float


class WeatherStation:
    def __init__(self, station_id: str, api_key: str | None = None):
        self.station_id = station_id
        self.api_key = api_key or os.environ.get(API_KEY_VAR, "")
        if not self.api_key:
            raise RuntimeError(f"no weather API key configured; {SETUP_HINT}")
        self._client = httpx.Client(
            base_url="https://api.weather-service.example/v2",
            headers={"X-Api-Key": self.api_key},
            timeout=20.0,
        )

    def daily(self, start: date, end: date) -> list[DailyReading]:
        resp = self._client.get(
            f"/stations/{self.station_id}/daily",
            params={"from": start.isoformat(), "to": end.isoformat()},
        )
        resp.raise_for_status()
        return [
            DailyReading(date.fromisoformat(r["date"]), float(r["tmin"]), float(r["precip"]))
            for r in resp.json()["days"]
        ]

    def cutting_days(self, start: date, end: date, max_rain_mm: float = 4.0) -> list[date]:
        return [r.day for r in self.daily(start, end) if r.rainfall_mm <= max_rain_mm]

    def last_frost(self, start: date, end: date) -> date | None:
        frosts = [r.day for r in self.daily(start, end) if r.min_temp_c <= 0.0]
        return max(frosts) if frosts else None
