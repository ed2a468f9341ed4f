"""Heartbeat from CAD render workers to the render farm coordinator."""

import asyncio
import os
import socket
import time

import httpx

from stonecarver.config import settings

REPORTED_ENV_KEYS = ("STONECARVER_RELEASE", "STONECARVER_REGION", "RENDER_WORKER_POOL")


def worker_metadata() -> dict:
    meta = {key.lower(): os.environ.get(key) for key in REPORTED_ENV_KEYS}
    meta["hostname"] = socket.gethostname()
    meta["cpu_count"] = os.cpu_count()
    return meta


async def send_heartbeat(client: httpx.AsyncClient, started: float, jobs_done: int) -> None:
    payload = {
        "worker": worker_metadata(),
        "uptime_s": int(time.monotonic() - started),
        "jobs_done": jobs_done,
        "load": os.getloadavg()[0],
    }
    resp = await client.post("/workers/heartbeat", json=payload)
    resp.raise_for_status()


async def heartbeat_loop(counter) -> None:
    started = time.monotonic()
    headers = {"Authorization": f"Bearer {settings.RENDER_FARM_TOKEN}"}
    async with httpx.AsyncClient(
        base_url=settings.RENDER_FARM_COORDINATOR, headers=headers, timeout=10
    ) as client:
        while True:
            try:
                await send_heartbeat(client, started, counter.value)
            except httpx.HTTPError:
                pass
            await asyncio.sleep(settings.HEARTBEAT_INTERVAL_S)
