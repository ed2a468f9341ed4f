"""Polls the port's vessel traffic feed so launch dispatch knows where
vessels at anchor are before sending a delivery out.
"""
import asyncio
import logging
import os
import random
import uuid
from dataclasses import dataclass

import aiohttp

log = logging.getLogger(__name__)

FEED_URL = os.environ.get("VTS_FEED_URL", "https://vts.port-authority.example/api/v2/anchorage")
BASE_INTERVAL = 60.0
MAX_BACKOFF = 600.0


@dataclass
class AnchoragePosition:
    imo: str
    name: str
    anchorage: str
    lat: float
    lon: float


def _next_delay(failures: int) -> float:
    delay = min(MAX_BACKOFF, BASE_INTERVAL * (2 ** failures))
    return delay * random.uniform(0.8, 1.2)


async def _fetch(session: aiohttp.ClientSession) -> list[AnchoragePosition]:
    async with session.get(FEED_URL, timeout=aiohttp.ClientTimeout(total=20)) as resp:
        resp.raise_for_status()
        payload = await resp.json()
    return [AnchoragePosition(**row) for row in payload["vessels"]]


async def poll_forever(on_update) -> None:
    failures = 0
    async with aiohttp.ClientSession() as session:
        while True:
            poll_id = uuid.uuid4().hex[:12]
            try:
                positions = await _fetch(session)
                failures = 0
                log.info("poll %s: %d vessels at anchor", poll_id, len(positions))
                await on_update(positions)
            except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
                failures += 1
                log.warning("poll %s failed (%s); attempt %d", poll_id, exc, failures)
            await asyncio.sleep(_next_delay(failures))
