"""Pallet freight quotes for large-format and bulk litho deliveries.

The estimator asks the pallet network for a price when a job exceeds the
parcel courier's weight limit.
"""
from dataclasses import dataclass, field

import httpx

from printshop.config import settings
from printshop.vault import read_secret


@dataclass(frozen=True)
class FreightCredentials:
    username: str = field(default_factory=lambda: read_secret("freight/api-user"))
    api_key: str = field(default_factory=lambda: read_secret("freight/api-key"))
    key_header: str = "X-Api-Key"


@dataclass
class PalletQuote:
    service: str
    price: float
    transit_days: int


class FreightQuoteClient:
    def __init__(self, creds: FreightCredentials | None = None):
        self.creds = creds or FreightCredentials()

    def _headers(self) -> dict[str, str]:
        return {self.creds.key_header: self.creds.api_key, "X-Api-User": self.creds.username}

    async def quote(self, postcode: str, pallets: int, weight_kg: float) -> list[PalletQuote]:
        async with httpx.AsyncClient(base_url=settings.FREIGHT_API_URL, timeout=10) as client:
            resp = await client.post(
                "/quotes",
                headers=self._headers(),
                json={
                    "origin": settings.DISPATCH_POSTCODE,
                    "destination": postcode,
                    "pallets": pallets,
                    "weight_kg": weight_kg,
                },
            )
            resp.raise_for_status()
        return [
            PalletQuote(q["service"], float(q["price"]), int(q["transit_days"]))
            for q in resp.json()["quotes"]
        ]
