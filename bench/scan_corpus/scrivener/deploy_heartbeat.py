"""Heartbeat from each scrivener service to the office's status page.

Sends the service name, release and a few non-sensitive deployment
facts every minute so the status page can show which versions run where.
"""
import asyncio
import logging
import os
import socket
import time

import httpx

log = logging.getLogger("scrivener.heartbeat")

STATUS_URL = os.environ.get("STATUS_PAGE_URL", "https://status.scrivener-office.example/api/heartbeat")
REPORTED_SETTINGS = ("SCRIVENER_RELEASE", "SCRIVENER_REGION", "SCRIVENER_ROLE", "TZ")
INTERVAL = 60


def heartbeat_payload(started: float) -> dict:
    return {
        "service": os.environ.get("SCRIVENER_SERVICE", "unknown"),
        "host": socket.gethostname(),
        "uptime_s": int(time.time() - started),
        "settings": {name: os.environ.get(name) for name in REPORTED_SETTINGS},
    }


async def beat_forever(started: float | None = None) -> None:
    started = started or time.time()
    async with httpx.AsyncClient(timeout=5) as client:
        while True:
            try:
                response = await client.post(STATUS_URL, json=heartbeat_payload(started))
                if response.status_code >= 400:
                    log.warning("status page answered %s", response.status_code)
            except httpx.HTTPError as exc:
                log.warning("heartbeat failed: %s", type(exc).__name__)
            await asyncio.sleep(INTERVAL)


def start_in_background(loop: asyncio.AbstractEventLoop | None = None) -> asyncio.Task:
    loop = loop or asyncio.get_event_loop()
    return loop.create_task(beat_forever())


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(beat_forever())
