"""Push clog stock levels to the marketplace storefront with retrying HTTP calls."""

import asyncio
import logging
import random

import httpx

from clogmaker.config import settings
from clogmaker.inventory import current_stock_levels

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
BASE_DELAY_S = 0.5
MAX_DELAY_S = 20.0


def backoff_delay(attempt: int) -> float:
    ceiling = min(MAX_DELAY_S, BASE_DELAY_S * (2 ** attempt))
    return random.uniform(0, ceiling)


async def _put_stock(client: httpx.AsyncClient, sku: str, quantity: int) -> None:
    for attempt in range(MAX_ATTEMPTS):
        try:
            response = await client.put(f"/v2/listings/{sku}/stock", json={"quantity": quantity})
            if response.status_code < 500 and response.status_code != 429:
                response.raise_for_status()
                return
            logger.info("Marketplace returned %s for %s, retrying", response.status_code, sku)
        except httpx.TransportError as exc:
            logger.info("Transport error for %s: %s", sku, exc)
        await asyncio.sleep(backoff_delay(attempt))
    raise RuntimeError(f"Giving up on stock update for {sku}")


async def sync_stock() -> int:
    levels = await current_stock_levels()
    async with httpx.AsyncClient(
        base_url=settings.MARKETPLACE_API_URL,
        headers={"Authorization": f"Bearer {settings.MARKETPLACE_ACCESS_TOKEN}"},
        timeout=15.0,
    ) as client:
        semaphore = asyncio.Semaphore(4)

        async def worker(sku: str, quantity: int) -> None:
            async with semaphore:
                await _put_stock(client, sku, quantity)

        await asyncio.gather(*(worker(sku, qty) for sku, qty in levels.items()))
    return len(levels)
