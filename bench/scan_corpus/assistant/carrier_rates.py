"""Shipping carrier quote client with response caching (SHIP-41).

The carrier's sandbox and production endpoints are signed by the carrier's
own private CA, so we pin that CA bundle rather than the system store.
Quotes are cached for ten minutes per (origin, destination, weight band).
"""
from __future__ import annotations

import ssl
from dataclasses import dataclass
from decimal import Decimal

import httpx
from cachetools import TTLCache

from shipping.settings import Settings


@dataclass(frozen=True)
class Quote:
    service: str
    amount: Decimal
    currency: str
    transit_days: int


class CarrierRatesClient:
    """Async client for ``POST /rating/v1/quotes``."""

    def __init__(self, settings: Settings) -> None:
        tls = ssl.create_default_context(cafile=settings.carrier_ca_bundle)
        self._client = httpx.AsyncClient(
            base_url=settings.carrier_api_url,
            headers={"X-Api-Key": settings.carrier_api_key},
            timeout=httpx.Timeout(8.0, connect=3.0),
            verify=tls,
        )
        self._cache: TTLCache[tuple[str, str, int], list[Quote]] = TTLCache(maxsize=2048, ttl=600)

    async def quotes(self, origin_zip: str, dest_zip: str, weight_grams: int) -> list[Quote]:
        """Return available services for a parcel, cheapest first."""
        band = -(-weight_grams // 500) * 500  # round up to the next 500 g
        key = (origin_zip, dest_zip, band)
        if key in self._cache:
            return self._cache[key]

        resp = await self._client.post(
            "/rating/v1/quotes",
            json={"origin": origin_zip, "destination": dest_zip, "weight_grams": band},
        )
        resp.raise_for_status()
        quotes = sorted(
            (
                Quote(q["service"], Decimal(q["amount"]), q["currency"], int(q["transit_days"]))
                for q in resp.json()["quotes"]
            ),
            key=lambda q: q.amount,
        )
        self._cache[key] = quotes
        return quotes

    async def aclose(self) -> None:
        await self._client.aclose()
