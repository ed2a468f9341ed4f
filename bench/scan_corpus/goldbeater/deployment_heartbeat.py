"""Heartbeat from each portal and API deployment to the status dashboard."""
import asyncio
import os
import socket

import httpx

HEARTBEAT_URL = os.environ.get("STATUS_DASHBOARD_URL", "https://status.goldbeater.example/api/heartbeat")
INTERVAL_SECONDS = 60

REPORTED_VARIABLES = (
    "SERVICE_NAME",
    "RELEASE_VERSION",
    "GIT_SHA",
    "DEPLOY_REGION",
)


def heartbeat_payload() -> dict:
    details = {name.lower(): os.environ.get(name, "unknown") for name in REPORTED_VARIABLES}
    details["host"] = socket.gethostname()
    return details


async def beat_forever(stop: asyncio.Event) -> None:
    async with httpx.AsyncClient(timeout=5.0) as client:
        while not stop.is_set():
            try:
                await client.post(HEARTBEAT_URL, json=heartbeat_payload())
            except httpx.HTTPError:
                pass
            try:
                await asyncio.wait_for(stop.wait(), timeout=INTERVAL_SECONDS)
            except asyncio.TimeoutError:
                continue


def start(loop: asyncio.AbstractEventLoop) -> asyncio.Event:
    stop = asyncio.Event()
    loop.create_task(beat_forever(stop))
    return stop
