"""Heartbeat from each workshop bench station to the shop's ops service.

Lets the office see which PAT bench is online and which software
version it is running.
"""
import asyncio
import logging
import os
import platform
import socket
from datetime import datetime, timezone

import httpx

log = logging.getLogger("bench.heartbeat")

OPS_URL = os.environ.get("OPS_HEARTBEAT_URL", "https://ops.lampmaker.example/heartbeat")
REPORTED_SETTINGS = ("BENCH_ID", "BENCH_LOCATION", "PAT_TESTER_MODEL", "SOFTWARE_VERSION")
INTERVAL_S = 60


def heartbeat_payload() -> dict:
    settings = {key: os.environ.get(key) for key in REPORTED_SETTINGS}
    return {
        "host": socket.gethostname(),
        "python": platform.python_version(),
        "sent_at": datetime.now(timezone.utc).isoformat(),
        "settings": settings,
    }


async def beat(client: httpx.AsyncClient) -> None:
    resp = await client.post(OPS_URL, json=heartbeat_payload())
    resp.raise_for_status()


async def run_forever(interval: int = INTERVAL_S) -> None:
    headers = {"Authorization": f"Bearer {os.environ['OPS_HEARTBEAT_TOKEN']}"}
    async with httpx.AsyncClient(headers=headers, timeout=10) as client:
        while True:
            try:
                await beat(client)
            except httpx.HTTPError as exc:
                log.warning("heartbeat failed: %s", exc.__class__.__name__)
            await asyncio.sleep(interval)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(run_forever())
