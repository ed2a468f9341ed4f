"""Pulls rainfall and wind chill forecasts for the lambing paddocks.

Off-shears sheep and newborn lambs are at risk in cold, wet, windy weather,
so the farm dashboard raises a graziers' alert from the forecast. The
forecast provider's API key is read from the environment and sent only to
that provider, in its documented header.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime

import httpx


@dataclass(frozen=True)
class ForecastSettings:
    base_url: str
    api_key: str
    lat: float
    lon: float

    @classmethod
    def from_env(cls) -> "ForecastSettings":
        return cls(
            base_url=os.environ.get("FORECAST_API_URL", "https://api.weather.example.com/v3"),
            api_key=os.environ["FORECAST_API_KEY"],
            lat=float(os.environ["FARM_LAT"]),
            lon=float(os.environ["FARM_LON"]),
        )


@dataclass
class HourlyForecast:
    at: datetime
    temp_c: float
    rain_mm: float
    wind_kmh: float

    @property
    def chill_index(self) -> float:
        return (11.7 + 3.1 * self.wind_kmh ** 0.5) * (40 - self.temp_c) + 481 + 418 * (
            1 - pow(2.718, -0.04 * self.rain_mm)
        )


class ForecastClient:
    def __init__(self, settings: ForecastSettings):
        self._settings = settings
        self._http = httpx.Client(
            base_url=settings.base_url,
            headers={"X-Api-Key": settings.api_key},
            timeout=20,
        )

    def hourly(self, hours: int = 48) -> list[HourlyForecast]:
        resp = self._http.get(
            "/forecast/hourly",
            params={"lat": self._settings.lat, "lon": self._settings.lon, "hours": hours},
        )
        resp.raise_for_status()
        return [
            HourlyForecast(
                at=datetime.fromisoformat(h["time"]),
                temp_c=h["temperature"],
                rain_mm=h.get("precipitation", 0.0),
                wind_kmh=h.get("wind_speed", 0.0),
            )
            for h in resp.json()["hours"]
        ]

    def graziers_alert(self, threshold: float = 1100.0) -> list[HourlyForecast]:
        return [h for h in self.hourly() if h.chill_index >= threshold]

    def close(self) -> None:
        self._http.close()
