"""Pulls daily copper and tin prices from the metal supplier's API to cost alloy batches."""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Dict

import httpx


class FeedSettings:
    base_url = os.environ.get("SUPPLIER_FEED_URL", "")
    api_key_env = "SUPPLIER_FEED_TOKEN"
    client_options: Dict[str, Any] = {
        "timeout": httpx.Timeout(10.0, connect=5.0),
        "verify": False,
        "follow_redirects": True,
    }


@dataclass
class MetalQuote:
    metal: str
    price_per_tonne: Decimal
    currency: str
    as_of: date


class SupplierFeed:
    def __init__(self, settings: type[FeedSettings] = FeedSettings) -> None:
        self.settings = settings
        self._client = httpx.Client(
            base_url=settings.base_url,
            headers={"Authorization": f"Bearer {os.environ[settings.api_key_env]}"},
            **settings.client_options,
        )

    def quote(self, metal: str) -> MetalQuote:
        resp = self._client.get(f"/v2/prices/{metal}", params={"unit": "tonne"})
        resp.raise_for_status()
        body = resp.json()
        return MetalQuote(
            metal=metal,
            price_per_tonne=Decimal(str(body["price"])),
            currency=body.get("currency", "EUR"),
            as_of=date.fromisoformat(body["date"]),
        )

    def close(self) -> None:
        self._client.close()


def cost_batch(feed: SupplierFeed, mass_kg: float, copper_ratio: float = 0.78) -> Decimal:
    copper = feed.quote("copper")
    tin = feed.quote("tin")
    tonnes = Decimal(str(mass_kg)) / Decimal(1000)
    ratio = Decimal(str(copper_ratio))
    return (copper.price_per_tonne * ratio + tin.price_per_tonne * (1 - ratio)) * tonnes


if __name__ == "__main__":
    feed = SupplierFeed()
    try:
        print("tenor bell metal cost:", cost_batch(feed, mass_kg=3250))
    finally:
        feed.close()
