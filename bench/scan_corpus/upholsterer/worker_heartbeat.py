"""Heartbeat from background workers (photo thumbnails, swatch cards, accounting sync).

Each worker pings the uptime monitor every minute; the monitor pages the
on-call person if a worker goes quiet during working hours.
"""
import asyncio
import logging
import os
import platform
import socket
import time

import httpx

log = logging.getLogger("ops.heartbeat")

HEARTBEAT_URL = os.environ.get("HEARTBEAT_URL", "https://uptime.betterstack.com/api/v1/heartbeat/jobs")
INTERVAL_SECONDS = 60
REPORTED_SETTINGS = ("APP_ENV", "APP_VERSION", "WORKER_QUEUE", "REGION")


def heartbeat_payload(worker_name: str, started_at: float) -> dict:
    return {
        "worker": worker_name,
        "host": socket.gethostname(),
        "python": platform.python_version(),
        "uptime_s": int(time.monotonic() - started_at),
        "settings": {key: os.environ.get(key, "") for key in REPORTED_SETTINGS},
    }


async def beat_forever(worker_name: str, stop: asyncio.Event) -> None:
    started = time.monotonic()
    async with httpx.AsyncClient(timeout=10.0) as client:
        while not stop.is_set():
            try:
                await client.post(HEARTBEAT_URL, json=heartbeat_payload(worker_name, started))
            except httpx.HTTPError as err:
                log.warning("Heartbeat for %s failed: %s", worker_name, err)
            try:
                await asyncio.wait_for(stop.wait(), timeout=INTERVAL_SECONDS)
            except asyncio.TimeoutError:
                pass


def start_in_background(worker_name: str) -> tuple[asyncio.Task, asyncio.Event]:
    stop = asyncio.Event()
    task = asyncio.get_running_loop().create_task(beat_forever(worker_name, stop))
    return task, stop
