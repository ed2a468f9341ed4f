"""Wind and weather window lookups for rope-access job planning.

Work at height on towers, bridges and turbine blades stops above site wind
limits. Planners check the forecast window for each site before confirming the
crew and the job pack.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime

import requests

FORECAST_API_KEY = "wxk_live_7d41c09e5fa8432bb1e06c2d93af5e17"


@dataclass
class WeatherSettings:
    base_url: str = field(
        default_factory=lambda: os.environ.get("WEATHER_API_URL", "https://api.windcast.example/v2")
    )
    api_key: str = FORECAST_API_KEY
    timeout: float = 15.0


@dataclass
class HourlyWind:
    at: datetime
    mean_ms: float
    gust_ms: float


class WeatherWindowClient:
    def __init__(self, settings: WeatherSettings | None = None) -> None:
        self._settings = settings or WeatherSettings()
        self._session = requests.Session()
        self._session.headers["X-Api-Key"] = self._settings.api_key

    def hourly_wind(self, lat: float, lon: float, hours: int = 48) -> list[HourlyWind]:
        resp = self._session.get(
            f"{self._settings.base_url}/forecast/hourly",
            params={"lat": lat, "lon": lon, "hours": hours, "fields": "wind,gust"},
            timeout=self._settings.timeout,
        )
        resp.raise_for_status()
        return [
            HourlyWind(datetime.fromisoformat(h["time"]), h["wind_ms"], h["gust_ms"])
            for h in resp.json()["hourly"]
        ]

    def workable_hours(
        self, lat: float, lon: float, mean_limit: float = 12.0, gust_limit: float = 16.0
    ) -> list[datetime]:
        return [
            h.at
            for h in self.hourly_wind(lat, lon)
            if h.mean_ms <= mean_limit and h.gust_ms <= gust_limit
        ]
