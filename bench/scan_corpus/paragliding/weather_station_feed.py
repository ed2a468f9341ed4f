"""Poll the launch-site weather stations and keep the latest wind readings."""
from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass, field
from typing import Dict, List, Optional

import httpx

log = logging.getLogger("weather.feed")


@dataclass
class FeedSettings:
    base_url: str = field(default_factory=lambda: os.environ.get(
        "WEATHER_FEED_URL", "https://stations.alpine-meteo.example/api/v2"))
    api_token: str = field(default_factory=lambda: os.environ.get("WEATHER_FEED_TOKEN", ""))
    timeout_s: float = 8.0
    verify_tls: bool = False
    stations: List[str] = field(default_factory=lambda: ["launch-north", "launch-west", "lz-main"])


@dataclass
class WindReading:
    station: str
    speed_kmh: float
    gust_kmh: float
    direction_deg: int
    observed_at: float

    @property
    def flyable_for_students(self) -> bool:
        return self.speed_kmh <= 18 and self.gust_kmh - self.speed_kmh <= 8


class WeatherFeedClient:
    def __init__(self, settings: Optional[FeedSettings] = None) -> None:
        self.settings = settings or FeedSettings()
        self._client = httpx.Client(
            base_url=self.settings.base_url,
            timeout=self.settings.timeout_s,
            verify=self.settings.verify_tls,
            headers={"Authorization": f"Bearer {self.settings.api_token}"},
        )
        self.latest: Dict[str, WindReading] = {}

    def fetch_station(self, station: str) -> WindReading:
        resp = self._client.get(f"/stations/{station}/latest")
        resp.raise_for_status()
        data = resp.json()
        return WindReading(
            station=station,
            speed_kmh=float(data["wind"]["speed"]),
            gust_kmh=float(data["wind"]["gust"]),
            direction_deg=int(data["wind"]["dir"]),
            observed_at=float(data["ts"]),
        )

    def poll_once(self) -> Dict[str, WindReading]:
        for station in self.settings.stations:
            try:
                self.latest[station] = self.fetch_station(station)
            except httpx.HTTPError as exc:
                log.warning("station %s unavailable: %s", station, exc)
        return self.latest

    def run_forever(self, interval_s: int = 60) -> None:
        while True:
            self.poll_once()
            time.sleep(interval_s)

    def close(self) -> None:
        self._client.close()
