"""Heartbeat from each plant's edge gateway to central monitoring.

Every minute the gateway next to the weaving hall reports that it is
alive together with a few identifying settings, so the operations team
can see which software version each site runs.
"""
import asyncio
import logging
import os
import socket
import time

import httpx

log = logging.getLogger("edge.heartbeat")

MONITORING_URL = os.environ.get("MONITORING_URL", "https://monitoring.example-sieves.com/heartbeat")
INTERVAL_S = int(os.environ.get("HEARTBEAT_INTERVAL_S", "60"))
REPORTED_SETTINGS = ("PLANT_ID", "PLANT_LINE", "GATEWAY_VERSION", "TZ", "LOG_LEVEL")
STARTED = time.monotonic()


def heartbeat_payload() -> dict:
    settings = {name: os.environ.get(name) for name in REPORTED_SETTINGS}
    return {
        "host": socket.gethostname(),
        "uptime_s": int(time.monotonic() - STARTED),
        "settings": settings,
        "sent_at": time.time(),
    }


async def beat_once(client: httpx.AsyncClient) -> bool:
    try:
        resp = await client.post(MONITORING_URL, json=heartbeat_payload(), timeout=5)
        return resp.status_code < 300
    except httpx.HTTPError as exc:
        log.warning("heartbeat failed: %s", exc.__class__.__name__)
        return False


async def run_forever() -> None:
    failures = 0
    async with httpx.AsyncClient() as client:
        while True:
            ok = await beat_once(client)
            failures = 0 if ok else failures + 1
            if failures and failures % 5 == 0:
                log.error("monitoring unreachable for %d consecutive beats", failures)
            await asyncio.sleep(INTERVAL_S)


if __name__ == "__main__":
    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"))
    asyncio.run(run_forever())
