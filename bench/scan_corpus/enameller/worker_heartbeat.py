"""Heartbeat from the kiln-room worker to the studio status page.

The status page is a hosted uptime service, so only a handful of harmless
settings are reported alongside the heartbeat.
"""
import asyncio
import logging
import os
import platform
import time

import aiohttp

log = logging.getLogger("enameller.heartbeat")

STATUS_URL = "https://status.uptimeboard.example/api/heartbeat/kiln-worker"
REPORTED_SETTINGS = ("ENAMELLER_ENV", "ENAMELLER_VERSION", "KILN_COUNT", "TZ")
INTERVAL = 60
STARTED = time.monotonic()


def heartbeat_payload(env=os.environ) -> dict:
    return {
        "host": platform.node(),
        "uptime_s": int(time.monotonic() - STARTED),
        "settings": {name: env.get(name) for name in REPORTED_SETTINGS},
    }


async def beat(session: aiohttp.ClientSession) -> None:
    async with session.post(STATUS_URL, json=heartbeat_payload()) as resp:
        if resp.status >= 400:
            log.warning("status page returned %s", resp.status)


async def run() -> None:
    timeout = aiohttp.ClientTimeout(total=10)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        while True:
            try:
                await beat(session)
            except aiohttp.ClientError as exc:
                log.warning("heartbeat failed: %s", exc)
            await asyncio.sleep(INTERVAL)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(run())
