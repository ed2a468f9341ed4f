"""Reads evapotranspiration and rainfall from the on-course weather station's cloud API."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date, timedelta

import httpx


@dataclass(frozen=True)
class WeatherApiSettings:
    base_url: str = field(default_factory=lambda: os.environ["WEATHER_API_URL"])
    station_id: str = field(default_factory=lambda: os.environ["WEATHER_STATION_ID"])
    api_key: str = field(default_factory=lambda: os.environ["WEATHER_API_KEY"])
    timeout_s: float = 10.0


@dataclass
class DailyWeather:
    day: date
    rainfall_mm: float
    et0_mm: float
    max_temp_c: float

    @property
    def water_deficit_mm(self) -> float:
        return max(0.0, self.et0_mm - self.rainfall_mm)


class WeatherStationClient:
    def __init__(self, settings: WeatherApiSettings | None = None) -> None:
        self._settings = settings or WeatherApiSettings()

    def _client(self) -> httpx.Client:
        s = self._settings
        return httpx.Client(base_url=s.base_url, timeout=s.timeout_s, headers={"X-Api-Key": s.api_key})

    def daily(self, start: date, days: int = 7) -> list[DailyWeather]:
        params = {"from": start.isoformat(), "to": (start + timedelta(days=days - 1)).isoformat()}
        with self._client() as client:
            resp = client.get(f"/stations/{self._settings.station_id}/daily", params=params)
            resp.raise_for_status()
        return [
            DailyWeather(date.fromisoformat(d["date"]), float(d["rain_mm"]), float(d["et0_mm"]), float(d["tmax_c"]))
            for d in resp.json()["days"]
        ]

    def irrigation_need_mm(self, start: date, days: int = 3) -> float:
        return round(sum(d.water_deficit_mm for d in self.daily(start, days)), 1)
