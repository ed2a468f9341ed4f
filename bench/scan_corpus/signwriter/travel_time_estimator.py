"""Estimate crew travel time to installation sites.

Quotes include a travel charge, and the scheduler avoids booking two
distant installs for one crew on the same day.
"""
import os
from functools import lru_cache

import httpx

from signwriter.config import settings

MATRIX_URL = "https://maps.example.com/maps/api/distancematrix/json"


@lru_cache(maxsize=1)
def _maps_key() -> str:
    return os.environ["MAPS_API_KEY"]


async def travel_minutes(origin_postcode: str, site_postcodes: list[str]) -> dict[str, int]:
    params = {
        "origins": origin_postcode,
        "destinations": "|".join(site_postcodes),
        "mode": "driving",
        "units": "metric",
        "key": _maps_key(),
    }
    async with httpx.AsyncClient(timeout=15) as client:
        response = await client.get(MATRIX_URL, params=params)
    response.raise_for_status()
    elements = response.json()["rows"][0]["elements"]
    return {
        postcode: element["duration"]["value"] // 60
        for postcode, element in zip(site_postcodes, elements)
        if element.get("status") == "OK"
    }


def travel_charge_pence(minutes: int) -> int:
    billable = max(0, minutes - settings.FREE_TRAVEL_MINUTES)
    return billable * settings.TRAVEL_RATE_PENCE_PER_MINUTE


async def quote_travel(site_postcode: str) -> dict:
    minutes = await travel_minutes(settings.WORKSHOP_POSTCODE, [site_postcode])
    if site_postcode not in minutes:
        return {"minutes": None, "charge_pence": None}
    return {
        "minutes": minutes[site_postcode],
        "charge_pence": travel_charge_pence(minutes[site_postcode]),
    }
