"""Polling loop for cave ripening sensors with spread-out request timing."""
import asyncio
import logging
import random

import httpx

from cheesewright.settings import CAVE_SENSORS, SENSOR_POLL_INTERVAL

logger = logging.getLogger(__name__)

MAX_BACKOFF = 300.0


def next_delay(base: float, attempt: int = 0) -> float:
    backoff = min(MAX_BACKOFF, base * (2 ** attempt))
    return backoff + random.uniform(0, backoff * 0.2)


async def poll_sensor(client: httpx.AsyncClient, sensor: dict) -> dict | None:
    attempt = 0
    while attempt < 4:
        try:
            response = await client.get(f"http://{sensor['host']}/reading", timeout=5.0)
            response.raise_for_status()
            return {"sensor": sensor["id"], **response.json()}
        except httpx.HTTPError as exc:
            logger.warning("Sensor %s unreachable (%s)", sensor["id"], exc)
            await asyncio.sleep(next_delay(2.0, attempt))
            attempt += 1
    return None


async def run_forever(store) -> None:
    async with httpx.AsyncClient() as client:
        while True:
            sensors = list(CAVE_SENSORS)
            random.shuffle(sensors)
            results = await asyncio.gather(*(poll_sensor(client, s) for s in sensors))
            for reading in filter(None, results):
                store.save_reading(reading)
            await asyncio.sleep(next_delay(SENSOR_POLL_INTERVAL))
