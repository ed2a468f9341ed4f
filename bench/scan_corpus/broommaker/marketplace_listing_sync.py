"""Keep our listings on the handmade-goods marketplace in step with workshop stock."""

import asyncio
import logging
import os
from dataclasses import dataclass
from typing import Iterable, List

import httpx

log = logging.getLogger("marketplace.sync")

MARKETPLACE_API = "https://openapi.craftmarket.example/v3/application"


@dataclass
class Listing:
    listing_id: int
    sku: str
    quantity: int
    price_pence: int


@dataclass(frozen=True)
class MarketplaceConfig:
    shop_id: str
    api_key: str

    @classmethod
    def from_env(cls) -> "MarketplaceConfig":
        return cls(shop_id=os.environ["CRAFTMARKET_SHOP_ID"], api_key=os.environ["CRAFTMARKET_API_KEY"])


class ListingSync:
    def __init__(self, config: MarketplaceConfig, concurrency: int = 4):
        self.config = config
        self._sem = asyncio.Semaphore(concurrency)

    def _client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(
            base_url=MARKETPLACE_API,
            headers={"x-api-key": self.config.api_key},
            timeout=20,
        )

    async def _update(self, client: httpx.AsyncClient, listing: Listing) -> bool:
        async with self._sem:
            resp = await client.put(
                f"/shops/{self.config.shop_id}/listings/{listing.listing_id}/inventory",
                json={"sku": listing.sku, "quantity": listing.quantity,
                      "price": {"amount": listing.price_pence, "divisor": 100, "currency_code": "GBP"}},
            )
        if resp.status_code != 200:
            log.warning("listing %s (%s) update failed: %s", listing.listing_id, listing.sku, resp.status_code)
            return False
        return True

    async def push(self, listings: Iterable[Listing]) -> int:
        async with self._client() as client:
            results: List[bool] = await asyncio.gather(*(self._update(client, l) for l in listings))
        ok = sum(results)
        log.info("marketplace sync: %d/%d listings updated", ok, len(results))
        return ok


async def main(stock_repo) -> None:
    listings = [Listing(r.listing_id, r.sku, r.on_hand, r.price_pence) for r in stock_repo.listed()]
    await ListingSync(MarketplaceConfig.from_env()).push(listings)
