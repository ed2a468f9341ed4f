"""Freight rate quotes for rope pallet shipments from the carrier API."""
import os
from dataclasses import dataclass
from decimal import Decimal

import httpx

from cordmaker.settings import CARRIER_API_URL


@dataclass
class Parcel:
    weight_kg: float
    length_cm: int
    width_cm: int
    height_cm: int


def _carrier_headers() -> dict:
    return {
        "Authorization": f"Bearer {os.environ['CARRIER_API_KEY']}",
        "Accept": "application/json",
    }


async def quote(origin_zip: str, dest_zip: str, dest_country: str, parcels: list) -> Decimal:
    payload = {
        "origin": {"postal_code": origin_zip, "country": "DE"},
        "destination": {"postal_code": dest_zip, "country": dest_country},
        "packages": [p.__dict__ for p in parcels],
        "service": "economy",
    }
    async with httpx.AsyncClient(base_url=CARRIER_API_URL, timeout=15) as client:
        resp = await client.post("/rates", json=payload, headers=_carrier_headers())
        resp.raise_for_status()
    rates = resp.json()["rates"]
    return min(Decimal(r["total"]) for r in rates)
