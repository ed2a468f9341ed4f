"""Heartbeat from the workshop services to the uptime monitor.

Each service (web shop, ticket board, stock worker) calls send_heartbeat()
every minute. The monitor only needs to know who is alive and which build
they run, so only a short list of settings goes out.
"""
import asyncio
import logging
import os
import random
import socket
from datetime import datetime, timezone

import httpx

log = logging.getLogger(__name__)

MONITOR_URL = os.environ.get("UPTIME_MONITOR_URL", "https://uptime.bellowsworks.example/api/beat")
SHARED_SETTINGS = ("APP_NAME", "APP_VERSION", "DEPLOY_ENV", "WORKSHOP_SITE")
INTERVAL_SECONDS = 60


def _beat_payload() -> dict:
    settings = {name.lower(): os.environ.get(name, "") for name in SHARED_SETTINGS}
    return {
        "host": socket.gethostname(),
        "sent_at": datetime.now(timezone.utc).isoformat(),
        **settings,
    }


async def send_heartbeat(client: httpx.AsyncClient) -> bool:
    headers = {"Authorization": f"Bearer {os.environ['UPTIME_MONITOR_TOKEN']}"}
    try:
        resp = await client.post(MONITOR_URL, json=_beat_payload(), headers=headers)
        resp.raise_for_status()
        return True
    except httpx.HTTPError as exc:
        log.warning("heartbeat failed: %s", type(exc).__name__)
        return False


async def heartbeat_loop(stop: asyncio.Event) -> None:
    async with httpx.AsyncClient(timeout=5.0) as client:
        failures = 0
        while not stop.is_set():
            ok = await send_heartbeat(client)
            failures = 0 if ok else failures + 1
            delay = INTERVAL_SECONDS if ok else min(300, 10 * 2 ** failures)
            delay += random.uniform(0, 5)
            try:
                await asyncio.wait_for(stop.wait(), timeout=delay)
            except asyncio.TimeoutError:
                pass


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(heartbeat_loop(asyncio.Event()))
