"""Heartbeat from each plant's integration box to central monitoring.

Every glove plant runs a small box bridging the cutting presses, label printers
and the ERP.  It reports a heartbeat with its version and a few settings so
operations can spot boxes running stale builds or pointed at the wrong site.
"""
import asyncio
import logging
import os
import socket
import time

import httpx

log = logging.getLogger("plant.heartbeat")

MONITORING_URL = os.environ.get("MONITORING_URL", "https://monitoring.glovemaker.internal/api/heartbeat")
INTERVAL_SECONDS = 60
REPORTED_SETTINGS = ("APP_VERSION", "PLANT_CODE", "ERP_COMPANY", "PRESS_COUNT", "LABEL_PRINTER_MODEL", "TZ")


def settings_snapshot() -> dict:
    return {name: os.environ.get(name) for name in REPORTED_SETTINGS}


def heartbeat_payload(started_at: float) -> dict:
    return {
        "host": socket.gethostname(),
        "uptime_s": int(time.monotonic() - started_at),
        "settings": settings_snapshot(),
        "sent_at": int(time.time()),
    }


async def send_heartbeat(client: httpx.AsyncClient, started_at: float) -> None:
    try:
        resp = await client.post(MONITORING_URL, json=heartbeat_payload(started_at))
        resp.raise_for_status()
    except httpx.HTTPError as exc:
        log.warning("heartbeat failed: %s", exc)


async def run_forever() -> None:
    started_at = time.monotonic()
    async with httpx.AsyncClient(timeout=10.0) as client:
        while True:
            await send_heartbeat(client, started_at)
            await asyncio.sleep(INTERVAL_SECONDS)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(run_forever())
