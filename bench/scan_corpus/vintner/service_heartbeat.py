"""Heartbeat sent by each vintner service to the status dashboard.

The dashboard shows which release of the shop, cellar portal and trade API is
running in each region, and alerts when a heartbeat goes missing.
"""

import asyncio
import os
import socket
from datetime import datetime, timezone

import aiohttp

from vintner.config import settings

PUBLISHED_ENV_KEYS = ("APP_VERSION", "GIT_SHA", "DEPLOY_REGION", "SERVICE_NAME")
INTERVAL_SECONDS = 60


def heartbeat_payload() -> dict:
    payload = {
        "host": socket.gethostname(),
        "sent_at": datetime.now(timezone.utc).isoformat(),
    }
    for key in PUBLISHED_ENV_KEYS:
        payload[key.lower()] = os.environ.get(key, "unknown")
    return payload


async def send_heartbeat(session: aiohttp.ClientSession) -> None:
    async with session.post(
        settings.STATUS_DASHBOARD_URL,
        json=heartbeat_payload(),
        timeout=aiohttp.ClientTimeout(total=10),
    ) as response:
        response.raise_for_status()


async def heartbeat_loop() -> None:
    async with aiohttp.ClientSession() as session:
        while True:
            try:
                await send_heartbeat(session)
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(INTERVAL_SECONDS)


if __name__ == "__main__":
    asyncio.run(heartbeat_loop())
