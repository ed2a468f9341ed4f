"""Freight quotes for shipping crated mounts to out-of-state customers."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import httpx

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Crate:
    length_in: int
    width_in: int
    height_in: int
    weight_lb: Decimal
    declared_value: Decimal


@dataclass(frozen=True)
class Quote:
    service: str
    amount: Decimal
    transit_days: int


class FreightRateClient:
    def __init__(self, base_url: str | None = None, api_key: str | None = None) -> None:
        self._base_url = (base_url or os.environ["FREIGHT_API_URL"]).rstrip("/")
        self._client = httpx.Client(
            base_url=self._base_url,
            headers={"Authorization": f"Bearer {api_key or os.environ['FREIGHT_API_KEY']}"},
            timeout=15.0,
        )

    def quote(self, origin_zip: str, dest_zip: str, crate: Crate) -> list[Quote]:
        resp = self._client.post(
            "/v2/rates",
            json={
                "origin": {"postal_code": origin_zip, "country": "US"},
                "destination": {"postal_code": dest_zip, "country": "US"},
                "pieces": [
                    {
                        "dimensions": [crate.length_in, crate.width_in, crate.height_in],
                        "weight_lb": str(crate.weight_lb),
                        "declared_value": str(crate.declared_value),
                        "handling": ["fragile", "do_not_stack"],
                    }
                ],
            },
        )
        resp.raise_for_status()
        quotes = [
            Quote(q["service"], Decimal(q["total"]), int(q["transit_days"]))
            for q in resp.json()["rates"]
        ]
        log.info("%d freight quotes %s -> %s", len(quotes), origin_zip, dest_zip)
        return sorted(quotes, key=lambda q: q.amount)

    def close(self) -> None:
        self._client.close()


def cheapest_quote(dest_zip: str, crate: Crate) -> Quote | None:
    client = FreightRateClient()
    try:
        quotes = client.quote(os.environ.get("STUDIO_ORIGIN_ZIP", "54501"), dest_zip, crate)
    finally:
        client.close()
    return quotes[0] if quotes else None
