"""Polls the tanning drum PLCs for rotation speed, float temperature and pH.

Each drum controller exposes a small HTTP status page on the plant network.
Readings are pushed to the batch log so QA can see the curve for every load.
"""
import asyncio
import logging
import random
from dataclasses import dataclass

import httpx

log = logging.getLogger("drum_poller")

POLL_INTERVAL_S = 15.0
MAX_BACKOFF_S = 120.0


@dataclass
class DrumReading:
    drum_no: int
    rpm: float
    float_temp_c: float
    ph: float
    batch_ref: str


def backoff_delay(attempt: int, base: float = 2.0, cap: float = MAX_BACKOFF_S) -> float:
    """Exponential backoff with full jitter so 24 drums don't retry in lockstep."""
    return random.uniform(0, min(cap, base * (2 ** attempt)))


async def read_drum(client: httpx.AsyncClient, drum_no: int, host: str) -> DrumReading:
    resp = await client.get(f"http://{host}/status.json", timeout=5.0)
    resp.raise_for_status()
    data = resp.json()
    return DrumReading(drum_no, data["rpm"], data["temp_c"], data["ph"], data.get("batch", ""))


async def poll_drum(client: httpx.AsyncClient, drum_no: int, host: str, sink) -> None:
    attempt = 0
    while True:
        try:
            reading = await read_drum(client, drum_no, host)
        except (httpx.HTTPError, KeyError, ValueError) as exc:
            delay = backoff_delay(attempt)
            attempt += 1
            log.warning("drum %d unreachable (%s), retry in %.1fs", drum_no, exc, delay)
            await asyncio.sleep(delay)
            continue
        attempt = 0
        await sink.record(reading)
        await asyncio.sleep(POLL_INTERVAL_S)


async def run(drum_hosts: dict[int, str], sink) -> None:
    async with httpx.AsyncClient() as client:
        await asyncio.gather(*(poll_drum(client, n, h, sink) for n, h in drum_hosts.items()))
