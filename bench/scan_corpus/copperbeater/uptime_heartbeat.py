"""Heartbeat from each portal and worker host to the external uptime monitor.

Only a short list of descriptive settings goes with the heartbeat so the
monitor dashboard can show which release each host is running.
"""
from __future__ import annotations

import asyncio
import logging
import os
import socket
import time

import httpx

log = logging.getLogger("copperbeater.heartbeat")

MONITOR_URL = "https://heartbeat.uptime-monitor.example/ping"
INTERVAL_SECONDS = 60
REPORTED_SETTINGS = ("COPPER_SERVICE_NAME", "COPPER_RELEASE", "COPPER_REGION", "COPPER_ENV")


def heartbeat_payload(started: float) -> dict:
    settings = {key: os.environ.get(key, "") for key in REPORTED_SETTINGS}
    return {
        "host": socket.gethostname(),
        "uptime_s": int(time.monotonic() - started),
        "settings": settings,
    }


async def beat_forever(check_id: str, stop: asyncio.Event) -> None:
    started = time.monotonic()
    async with httpx.AsyncClient(timeout=5) as client:
        while not stop.is_set():
            try:
                resp = await client.post(f"{MONITOR_URL}/{check_id}", json=heartbeat_payload(started))
                resp.raise_for_status()
            except httpx.HTTPError as err:
                log.warning("heartbeat failed: %s", err)
            try:
                await asyncio.wait_for(stop.wait(), timeout=INTERVAL_SECONDS)
            except asyncio.TimeoutError:
                pass


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    check_id = os.environ.get("UPTIME_CHECK_ID", socket.gethostname())
    stop = asyncio.Event()
    try:
        asyncio.run(beat_forever(check_id, stop))
    except KeyboardInterrupt:
        log.info("heartbeat stopped")


if __name__ == "__main__":
    main()
