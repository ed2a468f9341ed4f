"""Weather forecast for session planning.

Instructors check wind and rain forecasts before confirming open-water
coracle sessions. Forecasts come from the national weather service's
site-specific API, authenticated with our subscription key.
"""

import os
from dataclasses import dataclass
from datetime import datetime

import httpx

FORECAST_BASE = "https://data.hub.api.metoffice.gov.uk/sitespecific/v0/point"


@dataclass
class HourlyForecast:
    time: datetime
    wind_mph: float
    gust_mph: float
    rain_chance: int


class ForecastClient:
    def __init__(self, api_key: str | None = None):
        self.api_key = api_key or os.environ["METOFFICE_API_KEY"]
        self.client = httpx.Client(
            base_url=FORECAST_BASE,
            headers={"apikey": self.api_key, "accept": "application/json"},
            timeout=15.0,
        )

    def hourly(self, lat: float, lon: float) -> list[HourlyForecast]:
        resp = self.client.get("/hourly", params={"latitude": lat, "longitude": lon})
        resp.raise_for_status()
        series = resp.json()["features"][0]["properties"]["timeSeries"]
        return [
            HourlyForecast(
                time=datetime.fromisoformat(p["time"].replace("Z", "+00:00")),
                wind_mph=p["windSpeed10m"] * 2.237,
                gust_mph=p["windGustSpeed10m"] * 2.237,
                rain_chance=p["probOfPrecipitation"],
            )
            for p in series
        ]


def session_go_ahead(forecasts: list[HourlyForecast], max_gust_mph: float = 25.0) -> bool:
    return all(f.gust_mph <= max_gust_mph for f in forecasts)
