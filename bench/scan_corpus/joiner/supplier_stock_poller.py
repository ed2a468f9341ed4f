"""Polls timber merchants for sheet and board availability.

Runs every morning before the estimating team starts; merchant APIs are
flaky, so requests are retried with exponential backoff and jitter.
"""
import asyncio
import logging
import os
import random
import uuid
from dataclasses import dataclass

import httpx

log = logging.getLogger("supplier-poller")


@dataclass(frozen=True)
class Merchant:
    name: str
    base_url: str
    key_env: str


MERCHANTS = (
    Merchant("northern-hardwoods", "https://api.northern-hardwoods.example/v1", "NORTHERN_API_KEY"),
    Merchant("sheet-materials-direct", "https://api.smd.example/stock", "SMD_API_KEY"),
)


async def _get_with_retry(client: httpx.AsyncClient, url: str, headers: dict,
                          attempts: int = 5, base_delay: float = 1.0) -> dict:
    for attempt in range(attempts):
        try:
            resp = await client.get(url, headers=headers)
            if resp.status_code < 500:
                resp.raise_for_status()
                return resp.json()
        except httpx.TransportError as exc:
            log.warning("Transport error on %s: %s", url, exc.__class__.__name__)
        delay = base_delay * 2 ** attempt + random.uniform(0, base_delay)
        await asyncio.sleep(delay)
    raise RuntimeError(f"gave up on {url} after {attempts} attempts")


async def poll_merchant(client: httpx.AsyncClient, merchant: Merchant, skus: list[str]) -> dict:
    headers = {
        "X-Api-Key": os.environ[merchant.key_env],
        "X-Request-Id": str(uuid.uuid4()),
    }
    url = f"{merchant.base_url}/availability?skus={','.join(skus)}"
    data = await _get_with_retry(client, url, headers)
    log.info("%s: %d SKUs returned", merchant.name, len(data.get("items", [])))
    return {item["sku"]: item["quantity"] for item in data.get("items", [])}


async def poll_all(skus: list[str]) -> dict[str, dict]:
    async with httpx.AsyncClient(timeout=15) as client:
        results = await asyncio.gather(
            *(poll_merchant(client, m, skus) for m in MERCHANTS), return_exceptions=True
        )
    return {
        m.name: r for m, r in zip(MERCHANTS, results) if not isinstance(r, Exception)
    }
