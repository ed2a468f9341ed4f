"""Heartbeat sent by each workshop service to the uptime monitor."""
import asyncio
import os
import platform
import socket
import time

import httpx

MONITOR_URL = os.environ.get("UPTIME_MONITOR_URL", "https://uptime.monitoring.example/api/heartbeat")
INTERVAL_SECONDS = 60

REPORTED_SETTINGS = ("SERVICE_NAME", "APP_ENV", "APP_VERSION", "DEPLOY_REGION", "WORKER_COUNT")

STARTED = time.monotonic()


def heartbeat_payload() -> dict:
    settings = {key: os.environ.get(key) for key in REPORTED_SETTINGS}
    return {
        "host": socket.gethostname(),
        "python": platform.python_version(),
        "uptime_s": int(time.monotonic() - STARTED),
        "settings": settings,
    }


async def beat_forever(stop: asyncio.Event) -> None:
    async with httpx.AsyncClient(timeout=5) as client:
        while not stop.is_set():
            try:
                await client.post(MONITOR_URL, json=heartbeat_payload())
            except httpx.HTTPError:
                pass
            try:
                await asyncio.wait_for(stop.wait(), timeout=INTERVAL_SECONDS)
            except asyncio.TimeoutError:
                continue


def run() -> None:
    stop = asyncio.Event()
    loop = asyncio.new_event_loop()
    task = loop.create_task(beat_forever(stop))
    try:
        loop.run_until_complete(task)
    except KeyboardInterrupt:
        stop.set()
        loop.run_until_complete(task)
    finally:
        loop.close()


if __name__ == "__main__":
    run()
