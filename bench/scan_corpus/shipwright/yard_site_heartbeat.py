"""Heartbeat from each yard site's edge box to the central operations dashboard.

The group runs three yards; each site's box reports in every minute so the
dashboard shows which sites are online and which release they run.
"""
import asyncio
import os
import socket
import time

import httpx

from shipwright.config import settings

STARTED_AT = time.monotonic()


def site_identity() -> dict:
    return {
        "site": os.environ.get("YARD_SITE_CODE", "unknown"),
        "release": os.environ.get("RELEASE_VERSION", settings.app_version),
        "region": os.environ.get("YARD_REGION", "uk-south"),
        "host": socket.gethostname(),
    }


async def send_heartbeat(client: httpx.AsyncClient, identity: dict) -> None:
    payload = {**identity, "uptime_s": int(time.monotonic() - STARTED_AT)}
    response = await client.post(
        f"{settings.ops_dashboard_url}/api/heartbeats",
        json=payload,
        headers={"Authorization": f"Bearer {settings.ops_dashboard_token}"},
    )
    response.raise_for_status()


async def run(interval: float = 60.0) -> None:
    identity = site_identity()
    async with httpx.AsyncClient(timeout=10.0) as client:
        while True:
            try:
                await send_heartbeat(client, identity)
            except httpx.HTTPError:
                pass
            await asyncio.sleep(interval)


if __name__ == "__main__":
    asyncio.run(run())
