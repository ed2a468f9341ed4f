"""Client for the weather feed used to annotate hive-weight charts with forage conditions."""
import logging

import httpx

from skepmaker.config import settings

log = logging.getLogger(__name__)
SENSITIVE_HEADERS = {"authorization", "x-api-key", "cookie", "proxy-authorization"}


def redact_headers(headers) -> dict:
    return {
        name: ("***" if name.lower() in SENSITIVE_HEADERS else value)
        for name, value in headers.items()
    }


async def _log_request(request: httpx.Request) -> None:
    log.debug("weather request %s %s headers=%s", request.method, request.url, redact_headers(request.headers))


class WeatherFeed:
    def __init__(self, api_key: str = settings.WEATHER_API_KEY):
        self.client = httpx.AsyncClient(
            base_url="https://api.meteo-forage.example",
            headers={"X-API-Key": api_key},
            event_hooks={"request": [_log_request]},
            timeout=15.0,
        )

    async def daily_summary(self, lat: float, lon: float, day: str) -> dict:
        response = await self.client.get(
            "/v1/daily",
            params={"lat": round(lat, 3), "lon": round(lon, 3), "date": day},
        )
        response.raise_for_status()
        data = response.json()
        return {
            "max_temp_c": data["temperature"]["max"],
            "rain_mm": data["precipitation"]["total"],
            "wind_kph": data["wind"]["mean"],
        }

    async def aclose(self) -> None:
        await self.client.aclose()
