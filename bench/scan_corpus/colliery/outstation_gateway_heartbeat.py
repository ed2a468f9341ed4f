"""Heartbeat from each underground gateway to the surface fleet monitor.

Every gateway reports once a minute so the control room can spot a gateway
that has dropped off the fibre ring. The heartbeat carries a small set of
deployment facts (site, district, build) taken from the container's
environment, plus local health figures.
"""
import asyncio
import logging
import os
import shutil
import time

import httpx

log = logging.getLogger(__name__)

PUBLISHED_ENV_KEYS = ("SITE_CODE", "DISTRICT", "GATEWAY_ROLE", "IMAGE_TAG", "GIT_COMMIT")
INTERVAL_SECONDS = 60
_started = time.monotonic()


def deployment_facts() -> dict[str, str | None]:
    return {key.lower(): os.environ.get(key) for key in PUBLISHED_ENV_KEYS}


def health() -> dict[str, float]:
    disk = shutil.disk_usage("/var/lib/gateway")
    load1, _, _ = os.getloadavg()
    return {
        "uptime_s": round(time.monotonic() - _started, 1),
        "disk_free_pct": round(100 * disk.free / disk.total, 1),
        "load1": load1,
    }


async def send_heartbeat(client: httpx.AsyncClient, monitor_url: str) -> None:
    payload = {"facts": deployment_facts(), "health": health(), "sent_at": time.time()}
    response = await client.post(f"{monitor_url}/heartbeats", json=payload, timeout=10.0)
    response.raise_for_status()


async def run_forever() -> None:
    monitor_url = os.environ["FLEET_MONITOR_URL"]
    async with httpx.AsyncClient() as client:
        while True:
            try:
                await send_heartbeat(client, monitor_url)
            except httpx.HTTPError as exc:
                log.warning("heartbeat to fleet monitor failed: %s", exc)
            await asyncio.sleep(INTERVAL_SECONDS)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(run_forever())
