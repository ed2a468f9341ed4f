"""Pulls stock levels from dealer shop systems into the forge inventory.

Some dealers run small shop servers that time out under load, so each
pull is retried with exponential backoff and jitter to avoid every
worker hammering the same dealer at once.
"""
import asyncio
import logging
import random

import httpx

from scythesmith.config import settings
from scythesmith.inventory import apply_dealer_stock

log = logging.getLogger(__name__)

RETRY_POLICY = {"attempts": 5, "base_delay": 0.5, "max_delay": 20.0}


def backoff_delay(attempt: int, policy: dict = RETRY_POLICY) -> float:
    ceiling = min(policy["max_delay"], policy["base_delay"] * (2 ** attempt))
    return random.uniform(0, ceiling)


async def fetch_stock(client: httpx.AsyncClient, dealer) -> list[dict]:
    last_error: Exception | None = None
    for attempt in range(RETRY_POLICY["attempts"]):
        try:
            response = await client.get(
                f"{dealer.api_base_url}/stock",
                headers={"Authorization": f"Bearer {dealer.outbound_token}"},
            )
            response.raise_for_status()
            return response.json()["items"]
        except (httpx.TransportError, httpx.HTTPStatusError) as exc:
            last_error = exc
            delay = backoff_delay(attempt)
            log.info("stock pull for dealer %s failed (attempt %d), retrying in %.1fs",
                     dealer.code, attempt + 1, delay)
            await asyncio.sleep(delay)
    raise RuntimeError(f"stock pull for {dealer.code} failed") from last_error


async def sync_all(dealers) -> None:
    timeout = httpx.Timeout(settings.DEALER_HTTP_TIMEOUT)
    async with httpx.AsyncClient(timeout=timeout) as client:
        for dealer in dealers:
            try:
                items = await fetch_stock(client, dealer)
            except RuntimeError:
                log.warning("skipping dealer %s this round", dealer.code)
                continue
            apply_dealer_stock(dealer.id, items)
