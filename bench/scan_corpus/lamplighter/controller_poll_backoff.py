"""Polling loop for smart dimmer controllers.

The central management system polls each cabinet controller for its lamp
status. Retries use exponential backoff with random jitter so that a
feeder outage does not cause every controller to be hit at the same moment.
"""
from __future__ import annotations

import asyncio
import logging
import random

import httpx

from lamplighter.settings import settings

log = logging.getLogger(__name__)

BASE_DELAY = 2.0
MAX_DELAY = 120.0
MAX_ATTEMPTS = 6


def backoff_delay(attempt: int, base: float = BASE_DELAY, cap: float = MAX_DELAY) -> float:
    ceiling = min(cap, base * (2 ** attempt))
    return random.uniform(0, ceiling)


async def poll_controller(client: httpx.AsyncClient, controller_id: str) -> dict | None:
    url = f"{settings.CONTROLLER_GATEWAY_URL}/controllers/{controller_id}/status"
    for attempt in range(MAX_ATTEMPTS):
        try:
            resp = await client.get(url, timeout=10.0)
            resp.raise_for_status()
            return resp.json()
        except (httpx.TransportError, httpx.HTTPStatusError) as exc:
            delay = backoff_delay(attempt)
            log.info("controller %s poll failed (%s), retry in %.1fs", controller_id, exc, delay)
            await asyncio.sleep(delay)
    log.warning("controller %s unreachable after %d attempts", controller_id, MAX_ATTEMPTS)
    return None


async def poll_all(controller_ids: list[str], concurrency: int = 20) -> dict[str, dict | None]:
    ordered = list(controller_ids)
    random.shuffle(ordered)
    sem = asyncio.Semaphore(concurrency)
    results: dict[str, dict | None] = {}

    async with httpx.AsyncClient() as client:
        async def _one(cid: str) -> None:
            async with sem:
                results[cid] = await poll_controller(client, cid)

        await asyncio.gather(*(_one(cid) for cid in ordered))
    return results
