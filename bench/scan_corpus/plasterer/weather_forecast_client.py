"""Forecast lookup for render and drying-time planning.

External render can't go on below 5°C or in rain, and internal drying is
slower in cold, humid weeks; the scheduler uses this to flag risky bookings.
"""
import os
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import List

import httpx

OWM_URL = "https://api.openweathermap.org/data/2.5/forecast"
MIN_RENDER_TEMP_C = 5.0


@dataclass
class Slot:
    at: datetime
    temp_c: float
    humidity: int
    rain_mm: float


class ForecastClient:
    def __init__(self, api_key: str | None = None):
        self._key = api_key or os.environ["OPENWEATHER_API_KEY"]
        self._client = httpx.Client(timeout=10)

    def forecast(self, lat: float, lon: float) -> List[Slot]:
        resp = self._client.get(
            OWM_URL,
            params={"lat": lat, "lon": lon, "units": "metric", "appid": self._key},
        )
        resp.raise_for_status()
        return [
            Slot(
                at=datetime.fromtimestamp(item["dt"], tz=timezone.utc),
                temp_c=item["main"]["temp"],
                humidity=item["main"]["humidity"],
                rain_mm=item.get("rain", {}).get("3h", 0.0),
            )
            for item in resp.json()["list"]
        ]

    def render_risk(self, lat: float, lon: float) -> List[datetime]:
        """Times in the next five days when external rendering would be at risk."""
        return [s.at for s in self.forecast(lat, lon)
                if s.temp_c < MIN_RENDER_TEMP_C or s.rain_mm > 0.2]

    def drying_factor(self, lat: float, lon: float) -> float:
        """Rough multiplier on standard drying time (1.0 = good conditions)."""
        slots = self.forecast(lat, lon)[:16]
        avg_rh = sum(s.humidity for s in slots) / len(slots)
        avg_t = sum(s.temp_c for s in slots) / len(slots)
        factor = 1.0 + max(0.0, (avg_rh - 60) / 40) + max(0.0, (12 - avg_t) / 20)
        return round(factor, 2)
