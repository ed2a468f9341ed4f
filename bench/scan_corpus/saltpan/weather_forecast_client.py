"""Evaporation forecast for pan planning.

Pulls the hourly forecast (temperature, humidity, wind, rain) from the
weather service and estimates daily evaporation per pan so the site manager
can decide when to flood the crystallisers.
"""
import asyncio
import os
from dataclasses import dataclass
from typing import List

import httpx

FORECAST_URL = "https://api.openweathermap.org/data/3.0/onecall"
SITE_LAT = float(os.environ.get("SALTPAN_SITE_LAT", "46.92"))
SITE_LON = float(os.environ.get("SALTPAN_SITE_LON", "-2.14"))


@dataclass
class DayOutlook:
    day: str
    evaporation_mm: float
    rain_mm: float

    @property
    def net_mm(self) -> float:
        return self.evaporation_mm - self.rain_mm


def _evaporation_mm(temp_c: float, humidity: float, wind_ms: float) -> float:
    # simplified open-water estimate, calibrated against the pan evaporimeter
    return max(0.0, (0.15 * temp_c + 0.3 * wind_ms) * (1 - humidity / 100) * 2.4)


async def fetch_outlook(days: int = 5) -> List[DayOutlook]:
    params = {
        "lat": SITE_LAT,
        "lon": SITE_LON,
        "units": "metric",
        "exclude": "minutely,alerts",
        "appid": os.environ["OPENWEATHER_API_KEY"],
    }
    async with httpx.AsyncClient(timeout=20) as client:
        resp = await client.get(FORECAST_URL, params=params)
        resp.raise_for_status()
        daily = resp.json()["daily"][:days]
    return [
        DayOutlook(
            day=str(d["dt"]),
            evaporation_mm=round(_evaporation_mm(d["temp"]["day"], d["humidity"], d["wind_speed"]), 1),
            rain_mm=d.get("rain", 0.0),
        )
        for d in daily
    ]


if __name__ == "__main__":
    for outlook in asyncio.run(fetch_outlook()):
        print(f"{outlook.day}: evap {outlook.evaporation_mm} mm, rain {outlook.rain_mm} mm, net {outlook.net_mm:.1f}")
