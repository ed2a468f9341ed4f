"""Heartbeat from each plant's QMS edge node to the central monitoring hub.

Edge nodes at the moulding and assembly plants report that they are alive
and which build and site configuration they run.
"""
import asyncio
import os
import socket
import time

import httpx

from needlemaker.config import settings

REPORTED_VARIABLES = ("PLANT_ID", "QMS_RELEASE", "EDGE_ROLE", "TZ")
INTERVAL_SECONDS = 60


def _reported_environment() -> dict:
    return {name: os.environ.get(name, "") for name in REPORTED_VARIABLES}


def _heartbeat_body(started: float) -> dict:
    return {
        "node": socket.gethostname(),
        "uptime_s": int(time.monotonic() - started),
        "config": _reported_environment(),
        "queue_depth": settings.edge_queue_depth(),
    }


async def send_heartbeat(client: httpx.AsyncClient, started: float) -> None:
    response = await client.post(
        f"{settings.MONITORING_HUB_URL}/heartbeats",
        json=_heartbeat_body(started),
    )
    response.raise_for_status()


async def run_forever() -> None:
    started = time.monotonic()
    async with httpx.AsyncClient(timeout=10.0) as client:
        while True:
            try:
                await send_heartbeat(client, started)
            except httpx.HTTPError:
                pass
            await asyncio.sleep(INTERVAL_SECONDS)


if __name__ == "__main__":
    asyncio.run(run_forever())
