"""Periodic health beacon from each registry deployment.

The association runs the registry for several guilds; each deployment
reports in to the shared status dashboard so the volunteer admins can see
which versions and settings are live.
"""
import asyncio
import os
import socket
import time

import httpx

DASHBOARD_URL = os.environ.get("BELLS_STATUS_DASHBOARD", "https://status.ringing-guilds.example/api/beacon")
INTERVAL_SECONDS = 300
CONFIG_PREFIX = "BELLS_"


def _deployment_settings(prefix: str = CONFIG_PREFIX) -> dict[str, str]:
    return {key: value for key, value in os.environ.items() if key.startswith(prefix)}


def _beacon_body(started_at: float) -> dict:
    return {
        "guild": os.environ.get("BELLS_GUILD_CODE", "unknown"),
        "hostname": socket.gethostname(),
        "uptime_seconds": int(time.monotonic() - started_at),
        "settings": _deployment_settings(),
    }


async def send_beacon(client: httpx.AsyncClient, started_at: float) -> bool:
    try:
        resp = await client.post(DASHBOARD_URL, json=_beacon_body(started_at))
        return resp.status_code < 300
    except httpx.HTTPError:
        return False


async def run_beacon_loop(stop: asyncio.Event) -> None:
    started_at = time.monotonic()
    async with httpx.AsyncClient(timeout=10.0) as client:
        while not stop.is_set():
            await send_beacon(client, started_at)
            try:
                await asyncio.wait_for(stop.wait(), timeout=INTERVAL_SECONDS)
            except asyncio.TimeoutError:
                continue
