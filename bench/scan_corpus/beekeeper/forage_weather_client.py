"""Weather lookups for forage and inspection planning.

Inspections are only scheduled on warm, dry afternoons, and nectar flow
predictions use recent temperature and rainfall at each apiary.
"""
import logging
from dataclasses import dataclass

import httpx

from apiary.settings import WeatherSettings, load_weather_settings

log = logging.getLogger(__name__)


@dataclass
class ForecastHour:
    timestamp: int
    temp_c: float
    rain_mm: float
    wind_ms: float


class ForageWeatherClient:
    def __init__(self, settings: WeatherSettings | None = None):
        self.settings = settings or load_weather_settings()
        self._client = httpx.AsyncClient(timeout=15)

    def _forecast_url(self, lat: float, lon: float) -> str:
        return (
            f"{self.settings.base_url}/forecast?lat={lat:.4f}&lon={lon:.4f}"
            f"&units=metric&appid={self.settings.api_key}"
        )

    async def hourly(self, lat: float, lon: float) -> list[ForecastHour]:
        url = self._forecast_url(lat, lon)
        log.info("Fetching forecast: %s", url)
        resp = await self._client.get(url)
        resp.raise_for_status()
        return [
            ForecastHour(
                timestamp=item["dt"],
                temp_c=item["main"]["temp"],
                rain_mm=item.get("rain", {}).get("3h", 0.0),
                wind_ms=item["wind"]["speed"],
            )
            for item in resp.json()["list"]
        ]

    async def good_inspection_windows(self, lat: float, lon: float) -> list[ForecastHour]:
        hours = await self.hourly(lat, lon)
        return [h for h in hours if h.temp_c >= 16 and h.rain_mm == 0 and h.wind_ms < 6]

    async def aclose(self) -> None:
        await self._client.aclose()
