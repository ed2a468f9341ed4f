"""Periodic ping to the uptime monitor for the stock and order workers.

The monitor alerts the workshop's phone if a worker stops checking in. It
only needs to know which worker and release is alive, plus a few tuning
settings that help when reading its graphs.
"""
import asyncio
import logging
import os
import socket

import httpx

log = logging.getLogger(__name__)

MONITOR_URL = os.environ.get("UPTIME_MONITOR_URL", "https://uptime.pingwarden.io/api/checkin")
REPORTED_SETTINGS = ("APP_VERSION", "DEPLOY_REGION", "WORKER_CONCURRENCY", "QUEUE_NAME")
INTERVAL = float(os.environ.get("UPTIME_INTERVAL_SECONDS", "60"))


def snapshot() -> dict:
    return {
        "host": socket.gethostname(),
        "settings": {name: os.environ.get(name) for name in REPORTED_SETTINGS},
    }


async def ping_once(client: httpx.AsyncClient, check_id: str) -> bool:
    try:
        resp = await client.post(f"{MONITOR_URL}/{check_id}", json=snapshot())
    except httpx.HTTPError as exc:
        log.warning("uptime ping failed: %s", exc)
        return False
    return resp.status_code < 400


async def ping_forever(check_id: str, stop: asyncio.Event) -> None:
    async with httpx.AsyncClient(timeout=5) as client:
        failures = 0
        while not stop.is_set():
            ok = await ping_once(client, check_id)
            failures = 0 if ok else failures + 1
            if failures == 3:
                log.error("uptime monitor unreachable three times in a row")
            try:
                await asyncio.wait_for(stop.wait(), timeout=INTERVAL)
            except asyncio.TimeoutError:
                pass


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    check_id = os.environ.get("UPTIME_CHECK_ID", socket.gethostname())
    asyncio.run(ping_forever(check_id, asyncio.Event()))


if __name__ == "__main__":
    main()
