"""Poll the press brakes and plasma table controllers for spindle/axis telemetry."""
import asyncio
import logging
import random
from dataclasses import dataclass
from typing import Awaitable, Callable

import httpx

log = logging.getLogger("telemetry.poller")


@dataclass
class Machine:
    name: str
    base_url: str
    interval_s: float = 15.0


async def _with_backoff(fn: Callable[[], Awaitable[dict]], attempts: int = 5, base: float = 0.5) -> dict:
    for attempt in range(attempts):
        try:
            return await fn()
        except (httpx.TransportError, httpx.HTTPStatusError) as exc:
            delay = min(30.0, base * 2 ** attempt) * random.uniform(0.5, 1.5)
            log.warning("poll failed (%s), retrying in %.1fs", exc.__class__.__name__, delay)
            await asyncio.sleep(delay)
    raise RuntimeError("machine did not answer after retries")


async def poll_machine(client: httpx.AsyncClient, machine: Machine, sink) -> None:
    async def fetch() -> dict:
        resp = await client.get(f"{machine.base_url}/api/v1/status", timeout=5.0)
        resp.raise_for_status()
        return resp.json()

    await asyncio.sleep(random.uniform(0, machine.interval_s))
    while True:
        sample = await _with_backoff(fetch)
        await sink.write(machine.name, sample)
        await asyncio.sleep(machine.interval_s)


async def run(machines: list[Machine], sink) -> None:
    async with httpx.AsyncClient() as client:
        await asyncio.gather(*(poll_machine(client, m, sink) for m in machines))
