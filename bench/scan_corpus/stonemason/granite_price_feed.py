"""Pulls the weekly granite and slate price list from the quarry co-op API.

The prices feed the quoting tool so that estimates for kerb sets, plinths
and headstones use the current cost per cubic metre.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import httpx

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FeedSettings:
    base_url: str
    api_token: str
    timeout_s: float = 20.0
    verify_tls: bool = False

    @classmethod
    def from_env(cls) -> "FeedSettings":
        return cls(
            base_url=os.environ["PRICE_FEED_URL"],
            api_token=os.environ["PRICE_FEED_TOKEN"],
        )


@dataclass
class PriceLine:
    material: str
    finish: str
    price_per_m3: Decimal
    currency: str


class GranitePriceFeed:
    def __init__(self, settings: FeedSettings) -> None:
        self._client = httpx.Client(
            base_url=settings.base_url,
            headers={"Authorization": f"Bearer {settings.api_token}"},
            timeout=settings.timeout_s,
            verify=settings.verify_tls,
        )

    def close(self) -> None:
        self._client.close()

    def fetch_prices(self, region: str) -> list[PriceLine]:
        resp = self._client.get("/v2/prices", params={"region": region})
        resp.raise_for_status()
        lines = []
        for item in resp.json()["items"]:
            lines.append(
                PriceLine(
                    material=item["material"],
                    finish=item.get("finish", "sawn"),
                    price_per_m3=Decimal(str(item["price_per_m3"])),
                    currency=item.get("currency", "GBP"),
                )
            )
        log.info("fetched %d price lines for %s", len(lines), region)
        return lines


def refresh_quote_table(region: str = "north-west") -> dict[str, Decimal]:
    feed = GranitePriceFeed(FeedSettings.from_env())
    try:
        return {f"{p.material}/{p.finish}": p.price_per_m3 for p in feed.fetch_prices(region)}
    finally:
        feed.close()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    for name, price in sorted(refresh_quote_table().items()):
        print(f"{name:30} {price:>10}")
