"""Status report from the kiln-room gateway to the workshop dashboard.

Reports which release the gateway runs and which kiln site it serves, so
the dashboard can flag gateways that have missed an update.
"""
import asyncio
import os
import socket

import httpx

from tilemaker.firing.repo import firings_started_today
from tilemaker.settings import DASHBOARD_URL

REPORTED_ENV = ("TILEMAKER_RELEASE", "TILEMAKER_SITE", "TILEMAKER_KILN_COUNT")


def release_info() -> dict:
    return {
        name.removeprefix("TILEMAKER_").lower(): os.environ.get(name, "")
        for name in REPORTED_ENV
    }


async def report_status(client: httpx.AsyncClient, firings_today: int) -> None:
    payload = {
        "host": socket.gethostname(),
        "firings_today": firings_today,
        **release_info(),
    }
    resp = await client.post(f"{DASHBOARD_URL}/api/gateways/status", json=payload)
    resp.raise_for_status()


async def main(interval: int = 600) -> None:
    async with httpx.AsyncClient(timeout=10.0) as client:
        while True:
            try:
                await report_status(client, await firings_started_today())
            except httpx.HTTPError:
                pass
            await asyncio.sleep(interval)


if __name__ == "__main__":
    asyncio.run(main())
