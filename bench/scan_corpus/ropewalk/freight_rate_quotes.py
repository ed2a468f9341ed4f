"""Freight rate quotes for export orders of mooring and anchor lines.

Heavy reels going to overseas marinas are quoted through the freight
forwarder's rating API before the sales office confirms delivered prices.
"""
import asyncio
import os
from dataclasses import dataclass

import aiohttp


@dataclass(frozen=True)
class ForwarderSettings:
    base_url: str
    api_key: str
    account: str

    @classmethod
    def from_env(cls) -> "ForwarderSettings":
        return cls(
            base_url=os.environ.get("FORWARDER_API_URL", "https://api.northsea-freight.com/rating/v1"),
            api_key=os.environ["FORWARDER_API_KEY"],
            account=os.environ["FORWARDER_ACCOUNT"],
        )


@dataclass
class ReelShipment:
    destination_country: str
    destination_postcode: str
    gross_weight_kg: float
    reel_diameter_cm: int
    reel_count: int


async def quote(settings: ForwarderSettings, shipment: ReelShipment) -> dict:
    headers = {"X-Api-Key": settings.api_key, "X-Account": settings.account}
    body = {
        "origin": {"country": "GB", "postcode": "DT6 3QX"},
        "destination": {"country": shipment.destination_country, "postcode": shipment.destination_postcode},
        "pieces": [
            {"type": "REEL", "weightKg": shipment.gross_weight_kg / shipment.reel_count,
             "diameterCm": shipment.reel_diameter_cm}
            for _ in range(shipment.reel_count)
        ],
    }
    async with aiohttp.ClientSession(base_url=settings.base_url + "/") as session:
        async with session.post("quotes", json=body, headers=headers, timeout=aiohttp.ClientTimeout(total=20)) as resp:
            resp.raise_for_status()
            data = await resp.json()
    return {"service": data["service"], "price_gbp": data["total"], "transit_days": data["transitDays"]}


async def quote_many(shipments: list[ReelShipment]) -> list[dict]:
    settings = ForwarderSettings.from_env()
    return await asyncio.gather(*(quote(settings, s) for s in shipments))
