"""Heartbeat from each depot's edge box to the uptime monitoring service.

The edge box at every depot runs the weighbridge console and the local stock
ledger.  Every minute it reports that it is alive together with the release
it is running, so the ops dashboard can spot depots on an old build.
"""
import asyncio
import os
import socket
import time

import httpx

from coalheaver.config import settings

PUBLISHED_VARIABLES = ("APP_VERSION", "GIT_SHA", "DEPOT_CODE", "DEPLOY_REGION", "TZ")
INTERVAL_SECONDS = 60


def build_beat(started_at: float) -> dict:
    release = {name.lower(): os.environ.get(name, "") for name in PUBLISHED_VARIABLES}
    return {
        "check": f"depot-edge-{release['depot_code'] or 'unknown'}",
        "host": socket.gethostname(),
        "uptime_s": int(time.monotonic() - started_at),
        "release": release,
    }


async def send_beat(client: httpx.AsyncClient, beat: dict) -> bool:
    try:
        resp = await client.post(settings.HEARTBEAT_URL, json=beat)
        return resp.status_code < 300
    except httpx.HTTPError:
        return False


async def run_forever() -> None:
    started_at = time.monotonic()
    async with httpx.AsyncClient(timeout=10) as client:
        while True:
            await send_beat(client, build_beat(started_at))
            await asyncio.sleep(INTERVAL_SECONDS)


if __name__ == "__main__":
    asyncio.run(run_forever())
