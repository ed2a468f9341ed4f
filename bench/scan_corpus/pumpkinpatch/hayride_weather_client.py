"""Weather checks that decide whether the afternoon hayrides run.

The hayride coordinator's dashboard polls the regional forecast service;
rides are paused for gusts above 40 km/h or heavy rain.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Union

import requests

log = logging.getLogger(__name__)


@dataclass
class WeatherSettings:
    base_url: str = os.environ.get("FORECAST_API_URL", "https://forecast.metlink.example/api/v2")
    api_token: str = os.environ.get("FORECAST_API_TOKEN", "")
    ca_bundle: Union[bool, str] = False
    timeout: float = 8.0
    max_gust_kmh: float = 40.0
    max_rain_mm: float = 4.0


class HayrideWeatherClient:
    def __init__(self, settings: WeatherSettings | None = None) -> None:
        self.settings = settings or WeatherSettings()
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Bearer {self.settings.api_token}"
        self._session.verify = self.settings.ca_bundle

    def hourly(self, lat: float, lon: float) -> list[dict]:
        resp = self._session.get(
            f"{self.settings.base_url}/hourly",
            params={"lat": lat, "lon": lon, "hours": 12},
            timeout=self.settings.timeout,
        )
        resp.raise_for_status()
        return resp.json()["hours"]

    def rides_allowed(self, lat: float, lon: float) -> dict[str, bool]:
        decisions: dict[str, bool] = {}
        for hour in self.hourly(lat, lon):
            ok = (
                hour["gust_kmh"] <= self.settings.max_gust_kmh
                and hour["rain_mm"] <= self.settings.max_rain_mm
            )
            decisions[hour["time"]] = ok
            if not ok:
                log.info(
                    "hayrides paused at %s (gust %.0f km/h, rain %.1f mm)",
                    hour["time"], hour["gust_kmh"], hour["rain_mm"],
                )
        return decisions


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    client = HayrideWeatherClient()
    for slot, ok in client.rides_allowed(52.204, 0.119).items():
        print(slot, "running" if ok else "paused")
