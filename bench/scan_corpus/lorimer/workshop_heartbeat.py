"""Heartbeat from each workshop service to the uptime dashboard.

The dashboard shows which version is deployed on which box and how deep
the production queue is, so the workshop manager can spot a stalled PC.
"""
import asyncio
import os
import socket
import time

import aiohttp

DASHBOARD_URL = os.environ.get("UPTIME_DASHBOARD_URL", "https://status.lorimerworks.co.uk/api/heartbeat")
INTERVAL = int(os.environ.get("HEARTBEAT_INTERVAL", "60"))
REPORTED_SETTINGS = ("APP_VERSION", "WORKSHOP_STATION", "DEPLOY_ENV", "TZ", "QUEUE_NAME")
STARTED = time.monotonic()


def describe() -> dict:
    settings = {name: os.environ.get(name) for name in REPORTED_SETTINGS}
    return {
        "service": os.environ.get("SERVICE_NAME", "workshop-worker"),
        "host": socket.gethostname(),
        "uptime_s": int(time.monotonic() - STARTED),
        "settings": settings,
    }


async def beat(session: aiohttp.ClientSession, queue_depth) -> None:
    payload = describe()
    payload["queue_depth"] = await queue_depth()
    async with session.post(DASHBOARD_URL, json=payload, timeout=aiohttp.ClientTimeout(total=10)) as resp:
        if resp.status >= 400:
            print(f"heartbeat rejected: {resp.status}")


async def run(queue_depth) -> None:
    async with aiohttp.ClientSession() as session:
        while True:
            try:
                await beat(session, queue_depth)
            except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
                print(f"heartbeat failed: {exc!r}")
            await asyncio.sleep(INTERVAL)


if __name__ == "__main__":
    async def _no_queue() -> int:
        return 0

    asyncio.run(run(_no_queue))
