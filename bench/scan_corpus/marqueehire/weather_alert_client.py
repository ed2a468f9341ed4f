"""Wind and storm alerts for sites with a marquee standing.

Marquees have to be checked or evacuated above certain gust speeds. The
job polls the weather provider for every site with a marquee up this week
and pages the duty manager if a forecast gust passes the structure's limit.
"""
from __future__ import annotations

import json
import logging
import os
import ssl
import urllib.parse
import urllib.request
from dataclasses import dataclass
from typing import Iterable, List

log = logging.getLogger(__name__)

FORECAST_URL = os.environ.get("WEATHER_API_URL", "https://api.weather-provider.example/v3/forecast")


def tls_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


@dataclass
class StandingMarquee:
    booking_ref: str
    lat: float
    lon: float
    gust_limit_kph: float


@dataclass
class GustAlert:
    booking_ref: str
    forecast_gust_kph: float
    at: str


class WeatherAlerts:
    def __init__(self, api_key: str | None = None) -> None:
        self._api_key = api_key or os.environ["WEATHER_API_KEY"]
        self._ctx = tls_context()

    def _forecast(self, lat: float, lon: float) -> dict:
        query = urllib.parse.urlencode({"lat": f"{lat:.4f}", "lon": f"{lon:.4f}", "hours": 48})
        req = urllib.request.Request(
            f"{FORECAST_URL}?{query}", headers={"X-Api-Key": self._api_key}
        )
        with urllib.request.urlopen(req, context=self._ctx, timeout=15) as resp:
            return json.load(resp)

    def check(self, marquees: Iterable[StandingMarquee]) -> List[GustAlert]:
        alerts: List[GustAlert] = []
        for m in marquees:
            hours = self._forecast(m.lat, m.lon).get("hourly", [])
            worst = max(hours, key=lambda h: h.get("gust_kph", 0), default=None)
            if worst and worst["gust_kph"] >= m.gust_limit_kph:
                alerts.append(GustAlert(m.booking_ref, worst["gust_kph"], worst["time"]))
                log.warning("gust %.0f kph forecast for %s at %s", worst["gust_kph"], m.booking_ref, worst["time"])
        return alerts
