"""Polling loop for furnace PLC gateways.

Every furnace has a gateway exposing the current bath temperature, power
setpoint and crucible weight. The historian service polls them on a fixed
cadence; a little jitter stops all gateways being hit in the same instant.
"""
import asyncio
import logging
import random

import httpx

from historian.config import settings
from historian.store import write_reading

log = logging.getLogger(__name__)

POLL_INTERVAL_S = settings.get("POLL_INTERVAL_S", 5.0)
MAX_BACKOFF_S = 60.0


def next_delay(base: float, failures: int) -> float:
    backoff = min(MAX_BACKOFF_S, base * (2 ** failures))
    return backoff + random.uniform(0, base * 0.25)


async def poll_gateway(client: httpx.AsyncClient, furnace_id: str, url: str) -> None:
    failures = 0
    while True:
        try:
            resp = await client.get(f"{url}/api/v1/snapshot", timeout=3.0)
            resp.raise_for_status()
            await write_reading(furnace_id, resp.json())
            failures = 0
        except (httpx.HTTPError, ValueError) as exc:
            failures += 1
            log.warning("poll failed for %s (%d in a row): %s", furnace_id, failures, exc)
        await asyncio.sleep(next_delay(POLL_INTERVAL_S, failures))


async def main() -> None:
    gateways = settings["FURNACE_GATEWAYS"]
    async with httpx.AsyncClient() as client:
        await asyncio.gather(
            *(poll_gateway(client, furnace_id, url) for furnace_id, url in gateways.items())
        )


if __name__ == "__main__":
    asyncio.run(main())
