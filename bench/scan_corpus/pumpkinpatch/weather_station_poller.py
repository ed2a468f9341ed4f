"""Polls the farm's own weather station for the hayride and maze screens.

The station is a Davis-style logger on the barn roof that serves JSON on
the farm LAN; its address is set per site in the environment.
"""
from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass

import requests

log = logging.getLogger("weather_station")


@dataclass(frozen=True)
class StationConfig:
    base_url: str
    interval_s: int = 60
    timeout_s: float = 5.0

    @classmethod
    def from_env(cls) -> "StationConfig":
        return cls(
            base_url=os.environ["WEATHER_STATION_URL"].rstrip("/"),
            interval_s=int(os.environ.get("WEATHER_STATION_INTERVAL", "60")),
        )


@dataclass
class Reading:
    temp_c: float
    wind_kmh: float
    gust_kmh: float
    rain_mm_hr: float


def fetch_reading(cfg: StationConfig) -> Reading:
    resp = requests.get(f"{cfg.base_url}/v1/current_conditions", timeout=cfg.timeout_s)
    resp.raise_for_status()
    data = resp.json()["conditions"][0]
    return Reading(
        temp_c=(float(data["temp"]) - 32) * 5 / 9,
        wind_kmh=float(data["wind_speed_last"]) * 1.609,
        gust_kmh=float(data["wind_speed_hi_last_10_min"]) * 1.609,
        rain_mm_hr=float(data["rain_rate_last"]) * 25.4,
    )


def run(cfg: StationConfig) -> None:
    while True:
        try:
            r = fetch_reading(cfg)
            log.info(
                "%.1f°C wind %.0f km/h gust %.0f km/h rain %.1f mm/h",
                r.temp_c, r.wind_kmh, r.gust_kmh, r.rain_mm_hr,
            )
        except (requests.RequestException, KeyError, ValueError) as exc:
            log.warning("weather station read failed: %s", exc)
        time.sleep(cfg.interval_s)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run(StationConfig.from_env())
