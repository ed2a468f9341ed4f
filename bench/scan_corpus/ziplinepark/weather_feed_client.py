"""Pulls wind and lightning data that drive automatic course closures.

The operations board polls this every five minutes; when gusts or nearby
lightning cross the thresholds every elevated course is closed and the
booking system notifies the affected guests.
"""
import logging
import os
from dataclasses import dataclass
from datetime import datetime, timezone

import requests

log = logging.getLogger(__name__)

GUST_LIMIT_KMH = 55.0
LIGHTNING_RADIUS_KM = 16.0

REQUEST_OPTIONS = {
    "timeout": (3.05, 10),
    "verify": False,
}


@dataclass
class Conditions:
    observed_at: datetime
    wind_kmh: float
    gust_kmh: float
    nearest_strike_km: float | None

    @property
    def should_close(self) -> bool:
        if self.gust_kmh >= GUST_LIMIT_KMH:
            return True
        return self.nearest_strike_km is not None and self.nearest_strike_km <= LIGHTNING_RADIUS_KM


class WeatherFeedClient:
    def __init__(self, base_url: str, api_key: str, lat: float, lon: float) -> None:
        self._base_url = base_url.rstrip("/")
        self._lat = lat
        self._lon = lon
        self._session = requests.Session()
        self._session.headers.update({"X-Api-Key": api_key, "Accept": "application/json"})

    @classmethod
    def from_env(cls) -> "WeatherFeedClient":
        return cls(
            os.environ["ZP_WEATHER_URL"],
            os.environ["ZP_WEATHER_API_KEY"],
            float(os.environ["ZP_PARK_LAT"]),
            float(os.environ["ZP_PARK_LON"]),
        )

    def _get(self, path: str, **params) -> dict:
        resp = self._session.get(f"{self._base_url}{path}", params=params, **REQUEST_OPTIONS)
        resp.raise_for_status()
        return resp.json()

    def current(self) -> Conditions:
        obs = self._get("/v2/observations/latest", lat=self._lat, lon=self._lon, units="metric")
        strikes = self._get("/v2/lightning/nearest", lat=self._lat, lon=self._lon, window_min=15)
        return Conditions(
            observed_at=datetime.fromtimestamp(obs["timestamp"], tz=timezone.utc),
            wind_kmh=float(obs["wind_speed"]),
            gust_kmh=float(obs.get("wind_gust", obs["wind_speed"])),
            nearest_strike_km=strikes.get("distance_km"),
        )


def poll_once(client: WeatherFeedClient) -> bool:
    conditions = client.current()
    log.info(
        "weather at %s: wind %.0f km/h, gust %.0f km/h, strike %s km",
        conditions.observed_at.isoformat(),
        conditions.wind_kmh,
        conditions.gust_kmh,
        conditions.nearest_strike_km,
    )
    return conditions.should_close
