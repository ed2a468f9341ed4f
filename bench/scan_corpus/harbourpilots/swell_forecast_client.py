"""Fetches swell and wind forecasts for the pilot boarding ground.

When significant wave height exceeds the launch limit, the station moves
boarding to the sheltered inner position or switches to helicopter
transfer. The forecast service URL comes from deployment configuration.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime

import requests


@dataclass(frozen=True)
class ForecastSettings:
    base_url: str
    api_key: str
    latitude: float
    longitude: float
    launch_limit_m: float = 2.5

    @classmethod
    def from_env(cls) -> "ForecastSettings":
        return cls(
            base_url=os.environ["SWELL_API_URL"].rstrip("/"),
            api_key=os.environ["SWELL_API_KEY"],
            latitude=float(os.environ.get("BOARDING_LAT", "51.93")),
            longitude=float(os.environ.get("BOARDING_LON", "1.42")),
        )


@dataclass
class SeaState:
    valid_at: datetime
    hs_m: float
    wind_kn: float
    wind_dir: int


class SwellForecastClient:
    def __init__(self, settings: ForecastSettings) -> None:
        self._settings = settings
        self._session = requests.Session()
        self._session.headers["X-Api-Key"] = settings.api_key

    def hourly(self, hours: int = 24) -> list[SeaState]:
        resp = self._session.get(
            f"{self._settings.base_url}/v1/marine/hourly",
            params={"lat": self._settings.latitude, "lon": self._settings.longitude,
                    "hours": hours},
            timeout=15,
        )
        resp.raise_for_status()
        return [
            SeaState(
                valid_at=datetime.fromisoformat(item["time"]),
                hs_m=float(item["hs"]),
                wind_kn=float(item["wind_speed_kn"]),
                wind_dir=int(item["wind_dir"]),
            )
            for item in resp.json()["hours"]
        ]

    def launch_windows_closed(self, hours: int = 24) -> list[datetime]:
        limit = self._settings.launch_limit_m
        return [s.valid_at for s in self.hourly(hours) if s.hs_m > limit]
