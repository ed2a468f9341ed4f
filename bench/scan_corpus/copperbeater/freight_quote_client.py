"""Pallet freight quotes for roofing sheet deliveries to site.

Uses the carrier's rating API; the API key is issued by the carrier for our
account and supplied through the environment.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from decimal import Decimal

import httpx

CARRIER_API = "https://api.palletline-carrier.example/rating/v3"


@dataclass
class Consignment:
    from_postcode: str
    to_postcode: str
    pallets: int
    weight_kg: float
    tail_lift: bool = True


class FreightQuoteClient:
    def __init__(self, api_key: str | None = None, base_url: str = CARRIER_API):
        self._api_key = api_key or os.environ["CARRIER_API_KEY"]
        self._base_url = base_url

    async def quote(self, consignment: Consignment) -> Decimal:
        async with httpx.AsyncClient(base_url=self._base_url, timeout=15) as client:
            resp = await client.post(
                "/quotes",
                headers={"X-Api-Key": self._api_key},
                json={
                    "collection": {"postcode": consignment.from_postcode},
                    "delivery": {"postcode": consignment.to_postcode,
                                 "tail_lift": consignment.tail_lift},
                    "pallets": consignment.pallets,
                    "gross_weight_kg": consignment.weight_kg,
                },
            )
            resp.raise_for_status()
            return Decimal(str(resp.json()["total_gbp"]))

    async def cheapest(self, consignments: list[Consignment]) -> tuple[Consignment, Decimal]:
        quotes = [(c, await self.quote(c)) for c in consignments]
        return min(quotes, key=lambda pair: pair[1])


def sheet_pallet_weight(sheets: int, gauge_mm: float, width_mm: int = 1000,
                        length_mm: int = 2000) -> float:
    """Rough weight of copper sheet: density 8.96 g/cm3 plus 25 kg per pallet."""
    volume_cm3 = sheets * (gauge_mm / 10) * (width_mm / 10) * (length_mm / 10)
    return round(volume_cm3 * 8.96 / 1000 + 25, 1)
