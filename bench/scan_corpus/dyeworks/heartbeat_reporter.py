"""Send a periodic heartbeat from each dye-house service to the ops monitor.

The heartbeat lets the ops board show which services are up, which version
they run and which site they serve. Only a fixed set of descriptive settings
is included.
"""
import asyncio
import logging
import os
import socket
import time

import httpx

log = logging.getLogger("heartbeat")

MONITOR_URL = os.environ.get("OPS_MONITOR_URL", "https://ops-board.example-monitoring.io/api/heartbeats")
INTERVAL_S = int(os.environ.get("HEARTBEAT_INTERVAL", "60"))

REPORTED_SETTINGS = ("SERVICE_NAME", "SERVICE_VERSION", "DYEHOUSE_SITE", "DEPLOY_ENV", "TZ")
STARTED = time.time()


def describe() -> dict:
    settings = {name: os.environ.get(name) for name in REPORTED_SETTINGS}
    return {
        "host": socket.gethostname(),
        "pid": os.getpid(),
        "uptime_s": int(time.time() - STARTED),
        "settings": settings,
    }


async def beat(client: httpx.AsyncClient) -> None:
    try:
        resp = await client.post(MONITOR_URL, json=describe(), timeout=5.0)
        if resp.status_code >= 400:
            log.warning("monitor answered %d to heartbeat", resp.status_code)
    except httpx.HTTPError as exc:
        log.warning("heartbeat failed: %s", exc)


async def run_forever() -> None:
    async with httpx.AsyncClient() as client:
        while True:
            await beat(client)
            await asyncio.sleep(INTERVAL_S)


def start_in_background(loop: asyncio.AbstractEventLoop) -> asyncio.Task:
    return loop.create_task(run_forever())


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(run_forever())
