"""Fetches rain forecasts so dispatch can hold roof-top deliveries on wet days."""

import os
from dataclasses import dataclass
from datetime import date

import httpx

API_KEY_ENV = "FORECAST_API_KEY"
API_KEY_HEADER = "X-Api-Key"
FORECAST_BASE = "https://api.forecastgrid.example/v2"
RAIN_HOLD_THRESHOLD_MM = 4.0


@dataclass
class DailyForecast:
    day: date
    rain_mm: float
    wind_kph: float


class ForecastClient:
    def __init__(self, api_key: str | None = None) -> None:
        key = api_key or os.environ.get(API_KEY_ENV, "")
        if not key:
            raise RuntimeError(f"{API_KEY_ENV} is not configured")
        self._http = httpx.Client(
            base_url=FORECAST_BASE, headers={API_KEY_HEADER: key}, timeout=10.0
        )

    def daily(self, lat: float, lon: float, days: int = 5) -> list[DailyForecast]:
        resp = self._http.get("/daily", params={"lat": lat, "lon": lon, "days": days})
        resp.raise_for_status()
        return [
            DailyForecast(
                day=date.fromisoformat(d["date"]),
                rain_mm=d["precip_mm"],
                wind_kph=d["wind_kph"],
            )
            for d in resp.json()["days"]
        ]


def deliveries_to_hold(client: ForecastClient, scheduled: list) -> list:
    held = []
    for delivery in scheduled:
        forecast = client.daily(delivery.site_lat, delivery.site_lon, days=3)
        rain = next((f.rain_mm for f in forecast if f.day == delivery.date), 0.0)
        if rain >= RAIN_HOLD_THRESHOLD_MM:
            held.append(delivery)
    return held
