"""Heartbeat from render nodes to the internal fleet monitor."""
import asyncio
import os
import time

import aiohttp

from cartographer.config import settings
from cartographer.render.queue import queue_depth

NODE_LABELS = {
    "node": os.environ.get("HOSTNAME", "unknown"),
    "pool": os.environ.get("RENDER_POOL", "default"),
    "release": os.environ.get("RELEASE_SHA", "dev")[:12],
    "region": os.environ.get("AWS_REGION", "eu-west-2"),
}


async def _beat(session: aiohttp.ClientSession, started: float) -> None:
    payload = {
        **NODE_LABELS,
        "uptime_s": int(time.monotonic() - started),
        "queue_depth": await queue_depth(),
        "load_1m": os.getloadavg()[0],
    }
    async with session.post(f"{settings.FLEET_MONITOR_URL}/heartbeats", json=payload) as resp:
        resp.raise_for_status()


async def run_heartbeat(interval: float = 15.0) -> None:
    started = time.monotonic()
    timeout = aiohttp.ClientTimeout(total=5)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        while True:
            try:
                await _beat(session, started)
            except (aiohttp.ClientError, asyncio.TimeoutError):
                pass
            await asyncio.sleep(interval)


if __name__ == "__main__":
    asyncio.run(run_heartbeat())
