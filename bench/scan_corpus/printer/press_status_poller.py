"""Polling loop that syncs job status from the press controllers.

Each press exposes a small status endpoint behind the gateway. Pollers run on
several app servers; jitter spreads requests so controllers are not hit at once.
"""
import asyncio
import logging
import random

import httpx

from printshop.config import settings
from printshop.scheduling import PressStatus, record_status

log = logging.getLogger(__name__)

BASE_DELAY = 2.0
MAX_DELAY = 60.0
MAX_ATTEMPTS = 5


def backoff_delay(attempt: int) -> float:
    ceiling = min(MAX_DELAY, BASE_DELAY * (2 ** attempt))
    return random.uniform(0, ceiling)


async def poll_press(client: httpx.AsyncClient, press_id: str) -> PressStatus | None:
    url = f"{settings.PRESS_GATEWAY_URL}/presses/{press_id}/status"
    for attempt in range(MAX_ATTEMPTS):
        try:
            resp = await client.get(url, timeout=5.0)
            resp.raise_for_status()
            return PressStatus.model_validate(resp.json())
        except httpx.HTTPError as exc:
            delay = backoff_delay(attempt)
            log.warning("press %s status failed (%s), retry in %.1fs", press_id, exc, delay)
            await asyncio.sleep(delay)
    return None


async def sync_all(press_ids: list[str]) -> int:
    order = list(press_ids)
    random.shuffle(order)
    updated = 0
    async with httpx.AsyncClient() as client:
        for press_id in order:
            status = await poll_press(client, press_id)
            if status is not None:
                await record_status(press_id, status)
                updated += 1
    return updated
