"""Frost and rain forecasts for scheduling walling gangs.

Lime-pointed and mortared copes cannot be laid in frost, and the gangs
stand down in heavy rain on exposed fell sites. The scheduler pulls a
site-specific forecast from the weather provider each morning.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from typing import Optional

import httpx

FORECAST_BASE_URL = os.environ.get("FORECAST_BASE_URL", "https://api.forecast-provider.example/v1")


@dataclass(frozen=True)
class SiteDay:
    site_ref: str
    day: date
    min_temp_c: float
    rain_mm: float

    @property
    def workable(self) -> bool:
        return self.min_temp_c > 1.0 and self.rain_mm < 8.0


class ForecastClient:
    def __init__(self, api_key: Optional[str] = None, base_url: str = FORECAST_BASE_URL) -> None:
        key = api_key or os.environ["FORECAST_API_KEY"]
        self._client = httpx.Client(
            base_url=base_url,
            headers={"X-API-Key": key, "Accept": "application/json"},
            timeout=15.0,
        )

    def daily(self, site_ref: str, lat: float, lon: float, days: int = 7) -> list[SiteDay]:
        resp = self._client.get(
            "/forecast/daily", params={"lat": lat, "lon": lon, "days": days}
        )
        resp.raise_for_status()
        return [
            SiteDay(
                site_ref=site_ref,
                day=date.fromisoformat(d["date"]),
                min_temp_c=float(d["temperature_min"]),
                rain_mm=float(d["precipitation_total"]),
            )
            for d in resp.json()["days"]
        ]

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "ForecastClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
