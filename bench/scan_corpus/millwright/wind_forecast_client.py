"""Fetches wind forecasts for windmill sites so the rota planner can avoid
booking sail or cap work on gusty days."""
import os
from dataclasses import dataclass
from datetime import date

import httpx

FORECAST_API = "https://api.windcast.co.uk/v3"
GUST_LIMIT_MPH = 25


@dataclass
class SiteForecast:
    site_code: str
    day: date
    mean_mph: float
    gust_mph: float

    @property
    def workable(self) -> bool:
        return self.gust_mph < GUST_LIMIT_MPH


class WindcastClient:
    def __init__(self, api_key: str | None = None, base_url: str = FORECAST_API):
        self._client = httpx.Client(
            base_url=base_url,
            headers={"X-Windcast-Key": api_key or os.environ["WINDCAST_API_KEY"]},
            timeout=15.0,
        )

    def daily(self, site_code: str, lat: float, lon: float, days: int = 7) -> list[SiteForecast]:
        resp = self._client.get("/forecast/daily", params={"lat": lat, "lon": lon, "days": days})
        resp.raise_for_status()
        return [
            SiteForecast(
                site_code=site_code,
                day=date.fromisoformat(entry["date"]),
                mean_mph=entry["wind_mean_mph"],
                gust_mph=entry["wind_gust_mph"],
            )
            for entry in resp.json()["daily"]
        ]

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "WindcastClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def workable_days(sites: dict[str, tuple[float, float]]) -> dict[str, list[date]]:
    with WindcastClient() as client:
        return {
            code: [f.day for f in client.daily(code, lat, lon) if f.workable]
            for code, (lat, lon) in sites.items()
        }
