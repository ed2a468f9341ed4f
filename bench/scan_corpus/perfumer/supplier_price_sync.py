"""Pull raw material price lists from supplier APIs with polite retries."""
import asyncio
import logging
import random

import httpx

from perfumer.config import settings
from perfumer.materials import upsert_prices

logger = logging.getLogger(__name__)

RETRY_STATUSES = {429, 500, 502, 503, 504}


async def _fetch_with_retry(client: httpx.AsyncClient, url: str, attempts: int = 5) -> dict:
    delay = 1.0
    for attempt in range(1, attempts + 1):
        response = await client.get(url)
        if response.status_code not in RETRY_STATUSES:
            response.raise_for_status()
            return response.json()
        sleep_for = delay + random.uniform(0, delay)
        logger.info("Supplier %s returned %s, retry %d in %.1fs", url, response.status_code, attempt, sleep_for)
        await asyncio.sleep(sleep_for)
        delay = min(delay * 2, 30.0)
    raise RuntimeError(f"Supplier feed {url} unavailable after {attempts} attempts")


async def sync_supplier(client: httpx.AsyncClient, supplier: dict) -> int:
    payload = await _fetch_with_retry(client, supplier["price_list_url"])
    rows = [
        {
            "supplier": supplier["code"],
            "cas_number": item["cas"],
            "material": item["name"],
            "price_per_kg": item["price_kg"],
            "currency": item.get("currency", "EUR"),
        }
        for item in payload["items"]
    ]
    return await upsert_prices(rows)


async def sync_all() -> None:
    suppliers = list(settings.SUPPLIERS)
    random.shuffle(suppliers)
    async with httpx.AsyncClient(timeout=20.0) as client:
        results = await asyncio.gather(*(sync_supplier(client, s) for s in suppliers), return_exceptions=True)
    for supplier, result in zip(suppliers, results):
        if isinstance(result, Exception):
            logger.warning("Price sync failed for %s: %s", supplier["code"], result)
