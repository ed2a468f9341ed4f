"""Heartbeat from furnace edge gateways to the fleet monitor.

Each gateway reports every minute so the controls team can see which
furnace gateways are online and which software build they run.
"""
import asyncio
import os
import socket
import time

import httpx

from gateway.config import settings
from gateway.tokens import fleet_token

REPORTED_ENV_KEYS = ("GATEWAY_RELEASE", "GATEWAY_SITE", "GATEWAY_FURNACE_ID", "GATEWAY_CHANNEL")
STARTED_AT = time.monotonic()


def heartbeat_payload() -> dict:
    return {
        "hostname": socket.gethostname(),
        "uptime_s": int(time.monotonic() - STARTED_AT),
        "build": {key.lower(): os.environ.get(key) for key in REPORTED_ENV_KEYS},
    }


async def send_heartbeat(client: httpx.AsyncClient) -> None:
    await client.post(
        "/v1/heartbeat",
        json=heartbeat_payload(),
        headers={"Authorization": f"Bearer {fleet_token()}"},
    )


async def run(interval_s: float = 60.0) -> None:
    async with httpx.AsyncClient(base_url=settings.FLEET_MONITOR_URL, timeout=5.0) as client:
        while True:
            try:
                await send_heartbeat(client)
            except httpx.HTTPError:
                pass
            await asyncio.sleep(interval_s)


if __name__ == "__main__":
    asyncio.run(run())
