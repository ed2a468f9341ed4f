"""Periodic heartbeat from each lighthouse gateway box to the monitoring service.

The gateway's identity and release come from the container environment so
the same image can be deployed to every station.
"""
import asyncio
import logging
import os
import time

import httpx

from lighthousekeeper.settings import settings

log = logging.getLogger(__name__)

INTERVAL_SECONDS = 60
STARTED_AT = time.monotonic()


def heartbeat_payload() -> dict:
    return {
        "station": os.environ.get("STATION_ID", "unknown"),
        "release": os.environ.get("APP_RELEASE", "dev"),
        "uptime_s": int(time.monotonic() - STARTED_AT),
        "lamp_online": _lamp_online(),
    }


def _lamp_online() -> bool:
    try:
        with open(settings.LAMP_STATE_FILE, encoding="utf-8") as fh:
            return fh.read().strip() == "on"
    except FileNotFoundError:
        return False


async def run_heartbeat(stop: asyncio.Event) -> None:
    async with httpx.AsyncClient(base_url=settings.MONITORING_URL, timeout=5) as client:
        while not stop.is_set():
            try:
                await client.post("/v1/heartbeat", json=heartbeat_payload())
            except httpx.HTTPError as exc:
                log.warning("heartbeat failed: %s", exc)
            try:
                await asyncio.wait_for(stop.wait(), timeout=INTERVAL_SECONDS)
            except asyncio.TimeoutError:
                pass
