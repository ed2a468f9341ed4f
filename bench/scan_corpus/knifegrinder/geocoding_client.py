"""Geocoding of restaurant and mail-in pickup addresses.

Addresses are geocoded once when a contract or order is created so the
route planner has coordinates for every stop.
"""
import logging
from typing import Optional

import httpx

from knifegrinder.settings import settings

logger = logging.getLogger("knifegrinder.geocoding")

SENSITIVE_HEADERS = {"authorization", "x-api-key", "cookie", "proxy-authorization"}


def loggable_headers(headers: httpx.Headers) -> dict:
    return {k: ("***" if k.lower() in SENSITIVE_HEADERS else v) for k, v in headers.items()}


class GeocodingClient:
    def __init__(self, api_key: str = settings.GEOCODER_API_KEY, base_url: str = settings.GEOCODER_URL):
        self._client = httpx.AsyncClient(
            base_url=base_url,
            headers={"X-Api-Key": api_key, "Accept": "application/json"},
            timeout=10.0,
            event_hooks={"request": [self._log_request]},
        )

    async def _log_request(self, request: httpx.Request) -> None:
        logger.debug("geocoder %s %s headers=%s", request.method, request.url.path, loggable_headers(request.headers))

    async def geocode(self, street: str, city: str, postcode: str, country: str = "GB") -> Optional[tuple[float, float]]:
        response = await self._client.get(
            "/v1/search",
            params={"street": street, "city": city, "postalcode": postcode, "country": country, "limit": 1},
        )
        response.raise_for_status()
        results = response.json().get("features", [])
        if not results:
            logger.info("no geocode match for %s %s", postcode, country)
            return None
        lon, lat = results[0]["geometry"]["coordinates"]
        return lat, lon

    async def aclose(self) -> None:
        await self._client.aclose()
