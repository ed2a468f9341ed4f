"""Async stock sync from the warehouse management system into the catalog."""
import asyncio
import logging

import aiohttp

from catalog.config import settings
from catalog.repository import ProductRepository

log = logging.getLogger(__name__)

PAGE_SIZE = 500


async def _fetch_page(session: aiohttp.ClientSession, page: int) -> list[dict]:
    async with session.get("/api/v2/stock", params={"page": page, "size": PAGE_SIZE}) as resp:
        resp.raise_for_status()
        body = await resp.json()
        return body.get("items", [])


async def sync_stock(repo: ProductRepository) -> int:
    timeout = aiohttp.ClientTimeout(total=60, connect=5)
    headers = {"Authorization": f"Bearer {settings.WMS_API_TOKEN}"}
    updated = 0
    async with aiohttp.ClientSession(settings.WMS_BASE_URL, timeout=timeout, headers=headers) as session:
        page = 0
        while True:
            rows = await _fetch_page(session, page)
            if not rows:
                break
            for row in rows:
                available = max(int(row["onHand"]) - int(row["reserved"]), 0)
                await repo.set_available_quantity(row["sku"], available)
                updated += 1
            page += 1
    log.info("stock sync updated %d SKUs", updated)
    return updated


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(sync_stock(ProductRepository.from_settings()))
