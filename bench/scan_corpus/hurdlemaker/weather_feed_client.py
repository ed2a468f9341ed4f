"""Weather forecasts for planning coppice cutting and delivery runs.

Cutting stops in hard frost and very wet ground; delivery runs avoid high
winds with hurdles on the roof rack. The forecast API wants its key in a
request header.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import date, datetime

import httpx

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DayOutlook:
    day: date
    min_temp_c: float
    rain_mm: float
    gust_mph: float

    @property
    def good_for_cutting(self) -> bool:
        return self.min_temp_c > -3 and self.rain_mm < 8

    @property
    def good_for_delivery(self) -> bool:
        return self.gust_mph < 40


class ForecastClient:
    def __init__(self, base_url: str, api_key: str) -> None:
        self._client = httpx.Client(
            base_url=base_url,
            headers={"apikey": api_key, "Accept": "application/json"},
            timeout=15.0,
        )

    @classmethod
    def from_env(cls) -> "ForecastClient":
        return cls(os.environ["FORECAST_API_BASE"], os.environ["FORECAST_API_KEY"])

    def daily(self, latitude: float, longitude: float) -> list[DayOutlook]:
        resp = self._client.get(
            "/v1/forecast/daily",
            params={"latitude": round(latitude, 3), "longitude": round(longitude, 3)},
        )
        resp.raise_for_status()
        outlook = []
        for entry in resp.json()["days"]:
            outlook.append(
                DayOutlook(
                    day=datetime.fromisoformat(entry["time"]).date(),
                    min_temp_c=entry["minTemp"],
                    rain_mm=entry["totalPrecip"],
                    gust_mph=entry["maxGust"] * 2.237,
                )
            )
        log.info("fetched %d-day forecast for %.3f,%.3f", len(outlook), latitude, longitude)
        return outlook

    def close(self) -> None:
        self._client.close()
