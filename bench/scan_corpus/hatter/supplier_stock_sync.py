"""Pulls felt and straw stock levels from fabric suppliers, with backoff on failures."""
import asyncio
import logging
import random

import httpx

from hatter.config import SUPPLIERS
from hatter.inventory import record_supplier_levels

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
BASE_DELAY = 0.5
MAX_DELAY = 20.0


def backoff_delay(attempt: int) -> float:
    ceiling = min(MAX_DELAY, BASE_DELAY * (2 ** attempt))
    return random.uniform(0, ceiling)


async def fetch_levels(client: httpx.AsyncClient, supplier: dict) -> list[dict]:
    for attempt in range(MAX_ATTEMPTS):
        try:
            resp = await client.get(supplier["stock_url"], timeout=10)
            resp.raise_for_status()
            return resp.json()["items"]
        except (httpx.HTTPError, KeyError) as exc:
            delay = backoff_delay(attempt)
            log.warning("supplier %s attempt %d failed (%s); retrying in %.1fs",
                        supplier["name"], attempt + 1, exc.__class__.__name__, delay)
            await asyncio.sleep(delay)
    raise RuntimeError(f"supplier {supplier['name']} unreachable")


async def sync_all() -> int:
    updated = 0
    async with httpx.AsyncClient() as client:
        results = await asyncio.gather(
            *(fetch_levels(client, s) for s in SUPPLIERS), return_exceptions=True
        )
    for supplier, result in zip(SUPPLIERS, results):
        if isinstance(result, Exception):
            log.error("skipping %s: %s", supplier["name"], result)
            continue
        updated += record_supplier_levels(supplier["code"], result)
    return updated


if __name__ == "__main__":
    print(asyncio.run(sync_all()))
