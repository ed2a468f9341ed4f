"""Fetches hub-height wind forecasts from the forecasting vendor."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime

import requests


@dataclass(frozen=True)
class ForecastSettings:
    url_env: str = "FORECAST_API_URL"
    api_key_env: str = "FORECAST_API_KEY"
    auth_header: str = "X-Api-Key"
    hub_height_m: int = 140
    timeout_s: float = 12.0

    def url(self) -> str:
        return os.environ[self.url_env]

    def api_key(self) -> str:
        try:
            return os.environ[self.api_key_env]
        except KeyError as exc:
            raise RuntimeError(f"{self.api_key_env} is not set") from exc


@dataclass
class ForecastPoint:
    valid_time: datetime
    wind_speed_ms: float
    direction_deg: float


class ForecastClient:
    def __init__(self, settings: ForecastSettings = ForecastSettings()) -> None:
        self.settings = settings
        self._session = requests.Session()
        self._session.headers[settings.auth_header] = settings.api_key()

    def hourly(self, lat: float, lon: float, hours: int = 48) -> list[ForecastPoint]:
        params = {"lat": lat, "lon": lon, "hours": hours, "height": self.settings.hub_height_m}
        resp = self._session.get(f"{self.settings.url()}/v2/hourly", params=params,
                                 timeout=self.settings.timeout_s)
        resp.raise_for_status()
        return [
            ForecastPoint(datetime.fromisoformat(p["time"]), float(p["ws"]), float(p["wd"]))
            for p in resp.json()["points"]
        ]
