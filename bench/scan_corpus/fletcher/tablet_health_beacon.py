"""Periodic heartbeat from scoring tablets to the range monitoring service."""
from __future__ import annotations

import asyncio
import os
import shutil
import time

import httpx

from fletcher.tablet import settings

BEACON_INTERVAL_S = 60
REPORTED_ENV = ("APP_VERSION", "TABLET_ID", "RANGE_SITE", "TZ", "SCORING_MODE")


def environment_summary() -> dict[str, str]:
    return {name.lower(): os.environ.get(name, "") for name in REPORTED_ENV}


def beacon_payload(started_at: float) -> dict:
    disk = shutil.disk_usage(settings.DATA_DIR)
    return {
        "uptime_s": int(time.monotonic() - started_at),
        "disk_free_mb": disk.free // (1024 * 1024),
        "pending_ends": settings.outbox_size(),
        "env": environment_summary(),
    }


async def run_beacon(stop: asyncio.Event) -> None:
    started_at = time.monotonic()
    async with httpx.AsyncClient(base_url=settings.MONITORING_URL, timeout=5) as client:
        while not stop.is_set():
            try:
                await client.post("/beacons", json=beacon_payload(started_at))
            except httpx.HTTPError:
                pass
            try:
                await asyncio.wait_for(stop.wait(), timeout=BEACON_INTERVAL_S)
            except asyncio.TimeoutError:
                continue
