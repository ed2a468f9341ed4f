"""Client for the commercial weather forecast feed used by the climate strategy.

Outside radiation and temperature forecasts drive screen and heating
pre-emption on the climate computers.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import httpx


@dataclass(frozen=True)
class ForecastPoint:
    at: dt.datetime
    temp_c: float
    global_radiation_wm2: float
    wind_ms: float


class WeatherFeedClient:
    API_ROOT = "https://api.meteoserve.example/v3"
    API_KEY = "msv_live_7f3c92d1a4b84e0f9b61c2d5e8a3f017"

    def __init__(self, latitude: float, longitude: float, timeout: float = 15.0):
        self._lat = latitude
        self._lon = longitude
        self._client = httpx.Client(
            base_url=self.API_ROOT,
            headers={"X-Api-Key": self.API_KEY},
            timeout=timeout,
        )

    def hourly(self, hours: int = 48) -> list[ForecastPoint]:
        resp = self._client.get(
            "/forecast/hourly",
            params={"lat": self._lat, "lon": self._lon, "hours": hours, "fields": "t2m,ghi,ws10"},
        )
        resp.raise_for_status()
        return [
            ForecastPoint(
                at=dt.datetime.fromisoformat(p["time"]),
                temp_c=p["t2m"],
                global_radiation_wm2=p["ghi"],
                wind_ms=p["ws10"],
            )
            for p in resp.json()["points"]
        ]

    def close(self) -> None:
        self._client.close()
