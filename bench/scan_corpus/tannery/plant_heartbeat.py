"""Heartbeat sent by each plant service to the uptime monitor.

Lets the maintenance team see which drum-house and dispatch services are
alive and which build they run.
"""
import asyncio
import logging
import os
import socket
import time

import httpx

log = logging.getLogger("heartbeat")

MONITOR_URL = os.environ.get("UPTIME_MONITOR_URL", "https://status.plant-ops.net/api/heartbeat")
INTERVAL_S = int(os.environ.get("HEARTBEAT_INTERVAL", "60"))

REPORTED_SETTINGS = ("SERVICE_NAME", "APP_VERSION", "GIT_SHA", "SITE_CODE", "DEPLOY_ENV")

_started = time.monotonic()


def heartbeat_payload() -> dict:
    settings = {name: os.environ.get(name) for name in REPORTED_SETTINGS}
    return {
        "host": socket.gethostname(),
        "uptime_s": int(time.monotonic() - _started),
        "settings": settings,
    }


async def beat(client: httpx.AsyncClient) -> None:
    try:
        resp = await client.post(MONITOR_URL, json=heartbeat_payload(), timeout=5.0)
        resp.raise_for_status()
    except httpx.HTTPError as exc:
        log.warning("heartbeat not delivered: %s", exc)


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
