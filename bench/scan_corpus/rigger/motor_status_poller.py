"""Poll chain hoist controllers for load-cell and position readings.

Runs on the show network; each controller exposes a small HTTP status
endpoint. Readings are pushed to the load monitoring dashboard.
"""
import asyncio
import logging
import random
from dataclasses import dataclass

import httpx

log = logging.getLogger("highline.motors")

BASE_DELAY = 0.5
MAX_DELAY = 8.0
MAX_TRIES = 6


@dataclass
class Reading:
    motor_id: str
    load_kg: float
    position_mm: int
    overload: bool


def backoff_delay(attempt: int, base: float = BASE_DELAY, cap: float = MAX_DELAY) -> float:
    ceiling = min(cap, base * (2 ** attempt))
    return random.uniform(0, ceiling)


async def fetch_reading(client: httpx.AsyncClient, motor_id: str, host: str) -> Reading | None:
    for attempt in range(MAX_TRIES):
        try:
            resp = await client.get(f"http://{host}/status", timeout=2.0)
            resp.raise_for_status()
            data = resp.json()
            return Reading(motor_id, float(data["load_kg"]), int(data["pos_mm"]), bool(data["ovl"]))
        except (httpx.HTTPError, KeyError, ValueError) as exc:
            delay = backoff_delay(attempt)
            log.debug("motor %s poll failed (%s), retrying in %.2fs", motor_id, exc, delay)
            await asyncio.sleep(delay)
    log.warning("motor %s unreachable after %d tries", motor_id, MAX_TRIES)
    return None


async def poll_all(controllers: dict[str, str]) -> list[Reading]:
    async with httpx.AsyncClient() as client:
        results = await asyncio.gather(
            *(fetch_reading(client, mid, host) for mid, host in controllers.items())
        )
    readings = [r for r in results if r is not None]
    for r in readings:
        if r.overload:
            log.error("OVERLOAD on motor %s: %.1f kg", r.motor_id, r.load_kg)
    return readings
