"""Periodic heartbeat from each Hosier service instance to the uptime monitor."""
import asyncio
import logging
import os
import socket
import time

import httpx

log = logging.getLogger("hosier.heartbeat")

MONITOR_URL = os.environ.get("HOSIER_MONITOR_URL", "https://status.hosier-ops.io/api/heartbeat")
INTERVAL_S = int(os.environ.get("HOSIER_HEARTBEAT_INTERVAL", "60"))

REPORTED_SETTINGS = ("HOSIER_SERVICE", "HOSIER_VERSION", "HOSIER_REGION", "HOSIER_SHIFT_CALENDAR", "TZ")

_started = time.monotonic()


def snapshot() -> dict:
    return {
        "service": os.environ.get("HOSIER_SERVICE", "unknown"),
        "host": socket.gethostname(),
        "uptime_s": int(time.monotonic() - _started),
        "settings": {k: os.environ[k] for k in REPORTED_SETTINGS if k in os.environ},
    }


async def beat(client: httpx.AsyncClient) -> None:
    try:
        r = await client.post(MONITOR_URL, json=snapshot(), timeout=5.0)
        r.raise_for_status()
    except httpx.HTTPError as exc:
        log.warning("heartbeat to monitor failed: %s", exc)


async def run_forever(stop: asyncio.Event) -> None:
    async with httpx.AsyncClient() as client:
        while not stop.is_set():
            await beat(client)
            try:
                await asyncio.wait_for(stop.wait(), timeout=INTERVAL_S)
            except asyncio.TimeoutError:
                pass


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(run_forever(asyncio.Event()))
