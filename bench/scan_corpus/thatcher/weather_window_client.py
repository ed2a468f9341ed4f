"""Rain and wind forecast for planning thatching days.

Thatching stops in heavy rain and high wind, and freshly stripped roofs need
sheeting before a front comes in. The scheduler pulls a site-specific
forecast from the weather service for each active job each morning.
"""

import os
from dataclasses import dataclass
from datetime import datetime

import httpx

FORECAST_URL = "https://api.weather-service.example.com/v1/point/hourly"


@dataclass
class HourForecast:
    at: datetime
    rain_mm: float
    gust_mph: float

    @property
    def workable(self) -> bool:
        return self.rain_mm < 0.5 and self.gust_mph < 35


class WeatherClient:
    def __init__(self, client: httpx.AsyncClient | None = None):
        self.client = client or httpx.AsyncClient(timeout=20)
        self.api_key = os.environ["WEATHER_SERVICE_API_KEY"]

    async def hourly(self, latitude: float, longitude: float) -> list[HourForecast]:
        resp = await self.client.get(
            FORECAST_URL,
            params={"latitude": latitude, "longitude": longitude, "includeLocationName": "true"},
            headers={"apikey": self.api_key, "accept": "application/json"},
        )
        resp.raise_for_status()
        series = resp.json()["features"][0]["properties"]["timeSeries"]
        return [
            HourForecast(
                at=datetime.fromisoformat(item["time"].replace("Z", "+00:00")),
                rain_mm=float(item.get("totalPrecipAmount", 0.0)),
                gust_mph=float(item.get("windGustSpeed10m", 0.0)) * 2.237,
            )
            for item in series
        ]

    async def workable_hours(self, latitude: float, longitude: float, day: datetime) -> int:
        hours = await self.hourly(latitude, longitude)
        return sum(
            1 for h in hours
            if h.at.date() == day.date() and 7 <= h.at.hour < 17 and h.workable
        )

    async def close(self) -> None:
        await self.client.aclose()
