"""Geocoding of pub delivery addresses for route planning.

New and amended pub accounts need coordinates for the route optimiser. The
geocoding provider takes the key as a query parameter.
"""
import logging
from urllib.parse import urlencode

import httpx

from drayman.settings import settings

log = logging.getLogger(__name__)

GEOCODER = {
    "endpoint": settings.GEOCODER_URL,
    "key": settings.GEOCODER_API_KEY,
    "country": "gb",
}


def _search_url(address: str, postcode: str, config: dict = GEOCODER) -> str:
    query = urlencode(
        {"q": f"{address}, {postcode}", "countrycodes": config["country"], "key": config["key"], "limit": 1}
    )
    return f"{config['endpoint']}?{query}"


async def geocode_pub(client: httpx.AsyncClient, address: str, postcode: str) -> tuple[float, float] | None:
    url = _search_url(address, postcode)
    log.info("geocoding request %s", url)
    resp = await client.get(url, timeout=10)
    resp.raise_for_status()
    results = resp.json().get("results", [])
    if not results:
        log.warning("no geocode match for postcode %s", postcode)
        return None
    best = results[0]
    return float(best["lat"]), float(best["lon"])


async def geocode_pending(accounts: list) -> int:
    updated = 0
    async with httpx.AsyncClient() as client:
        for account in accounts:
            coords = await geocode_pub(client, account.address_line1, account.postcode)
            if coords is None:
                continue
            account.latitude, account.longitude = coords
            updated += 1
    return updated
