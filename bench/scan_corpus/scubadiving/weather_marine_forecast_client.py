"""Marine forecast lookups for the daily boat-schedule decision.

Each evening the duty manager checks wind, swell and visibility for the
next day's dive sites before confirming or cancelling the boat trips.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import requests

FORECAST_API_URL = os.environ.get(
    "MARINE_FORECAST_URL", "https://api.marine-forecast.example/v2/weather/point"
)
FORECAST_API_KEY = "mf_live_4b7e19c2d85a36f0e1a9c47d2b6f8035"
FORECAST_PARAMS = "windSpeed,swellHeight,swellPeriod,visibility,waterTemperature"


@dataclass
class SiteConditions:
    site: str
    hour: datetime
    wind_ms: float
    swell_m: float
    swell_period_s: float
    visibility_km: float

    @property
    def diveable(self) -> bool:
        return self.wind_ms < 10.0 and self.swell_m < 1.8


class MarineForecastClient:
    def __init__(self, session: requests.Session | None = None) -> None:
        self._session = session or requests.Session()
        self._session.headers.update({"Authorization": FORECAST_API_KEY})

    def conditions(self, site: str, lat: float, lon: float, hours: int = 12) -> list[SiteConditions]:
        start = datetime.now(timezone.utc).replace(minute=0, second=0, microsecond=0)
        resp = self._session.get(
            FORECAST_API_URL,
            params={
                "lat": lat,
                "lng": lon,
                "params": FORECAST_PARAMS,
                "start": start.isoformat(),
                "end": (start + timedelta(hours=hours)).isoformat(),
            },
            timeout=15,
        )
        resp.raise_for_status()
        out = []
        for h in resp.json()["hours"]:
            out.append(
                SiteConditions(
                    site=site,
                    hour=datetime.fromisoformat(h["time"]),
                    wind_ms=h["windSpeed"]["sg"],
                    swell_m=h["swellHeight"]["sg"],
                    swell_period_s=h["swellPeriod"]["sg"],
                    visibility_km=h["visibility"]["sg"],
                )
            )
        return out

    def go_no_go(self, sites: dict[str, tuple[float, float]]) -> dict[str, bool]:
        return {
            name: all(c.diveable for c in self.conditions(name, lat, lon))
            for name, (lat, lon) in sites.items()
        }
