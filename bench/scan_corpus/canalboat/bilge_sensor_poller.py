"""Polls the bilge and battery sensors fitted to boats moored at the yard.

Each yard has a gateway that collects readings from the boats on the
pontoons over LoRa. The poller fetches the latest readings and raises a
maintenance job when a bilge level or battery voltage is out of range.
"""
import asyncio
import logging

import httpx

from canalboat.maintenance import open_job
from canalboat.settings import settings

log = logging.getLogger(__name__)

GATEWAY = {
    "base_url": settings.SENSOR_GATEWAY_URL,
    "timeout": 10.0,
    "verify_tls": False,
}
BILGE_LIMIT_MM = 60
BATTERY_MIN_V = 12.1


def _client(config: dict = GATEWAY) -> httpx.AsyncClient:
    return httpx.AsyncClient(base_url=config["base_url"], timeout=config["timeout"], verify=config["verify_tls"])


async def _readings(client: httpx.AsyncClient) -> list[dict]:
    resp = await client.get("/api/readings/latest")
    resp.raise_for_status()
    return resp.json()["readings"]


async def check_once() -> int:
    raised = 0
    async with _client() as client:
        for reading in await _readings(client):
            boat = reading["boat_index"]
            if reading.get("bilge_mm", 0) > BILGE_LIMIT_MM:
                await open_job(boat, "bilge", f"bilge level {reading['bilge_mm']}mm")
                raised += 1
            if reading.get("battery_v", 13.0) < BATTERY_MIN_V:
                await open_job(boat, "electrical", f"domestic bank at {reading['battery_v']}V")
                raised += 1
    return raised


async def main(interval: int = 600) -> None:
    while True:
        try:
            count = await check_once()
            log.info("sensor sweep raised %d jobs", count)
        except httpx.HTTPError as exc:
            log.warning("sensor gateway unreachable: %s", exc)
        await asyncio.sleep(interval)


if __name__ == "__main__":
    asyncio.run(main())
