"""Heartbeat from the pit-sensor gateway to the probe vendor's fleet monitor.

Under the maintenance contract the vendor watches every gateway they have
installed and phones the yard when probes stop reporting. The heartbeat tells
them which firmware and settings the gateway is running.
"""
import asyncio
import os
import platform
import random
from datetime import datetime, timezone

import aiohttp

FLEET_URL = "https://fleet.probetech-sensors.com/api/heartbeat"
SHARED_SETTINGS = (
    "TANYARD_SITE",
    "TANYARD_PIT_COUNT",
    "TANYARD_POLL_SECONDS",
    "TANYARD_PROBE_FIRMWARE",
    "TANYARD_GATEWAY_VERSION",
)


def shared_settings() -> dict:
    return {name: os.environ[name] for name in SHARED_SETTINGS if name in os.environ}


def heartbeat_payload(probes_online: int) -> dict:
    return {
        "gateway": platform.node(),
        "sent_at": datetime.now(timezone.utc).isoformat(),
        "probes_online": probes_online,
        "settings": shared_settings(),
    }


async def send_heartbeat(session: aiohttp.ClientSession, probes_online: int) -> None:
    async with session.post(FLEET_URL, json=heartbeat_payload(probes_online)) as resp:
        resp.raise_for_status()


async def heartbeat_loop(count_probes, interval: int = 300) -> None:
    timeout = aiohttp.ClientTimeout(total=20)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        while True:
            try:
                await send_heartbeat(session, count_probes())
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(interval + random.uniform(0, 30))
