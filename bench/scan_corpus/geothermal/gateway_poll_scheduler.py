"""Schedules polling of the well-field SCADA gateways.

Each gateway is polled on its own cadence.  A little random jitter is added so
forty gateways on the same cadence do not all hit the radio backhaul in the
same second after a restart.
"""
from __future__ import annotations

import asyncio
import logging
import random
import secrets
from dataclasses import dataclass, field
from typing import Awaitable, Callable

log = logging.getLogger(__name__)

MAX_JITTER_S = 4.0


@dataclass
class GatewayJob:
    gateway_id: str
    interval_s: float
    poll: Callable[[str, str], Awaitable[None]]
    failures: int = field(default=0)


def _next_delay(job: GatewayJob) -> float:
    backoff = min(job.interval_s * (2 ** job.failures), 600.0)
    return backoff + random.uniform(0.0, MAX_JITTER_S)


async def _run(job: GatewayJob, stop: asyncio.Event) -> None:
    while not stop.is_set():
        # the gateway echoes this back so we can match replies on a shared link
        request_id = secrets.token_hex(8)
        try:
            await job.poll(job.gateway_id, request_id)
            job.failures = 0
        except (OSError, asyncio.TimeoutError) as exc:
            job.failures += 1
            log.warning("poll of %s failed (%d in a row): %s", job.gateway_id, job.failures, exc)
        try:
            await asyncio.wait_for(stop.wait(), timeout=_next_delay(job))
        except asyncio.TimeoutError:
            pass


async def run_all(jobs: list[GatewayJob], stop: asyncio.Event) -> None:
    # stagger the first poll across the fleet
    shuffled = random.sample(jobs, k=len(jobs))
    tasks = []
    for i, job in enumerate(shuffled):
        await asyncio.sleep(0.25 * (i % 8))
        tasks.append(asyncio.create_task(_run(job, stop), name=f"poll-{job.gateway_id}"))
    await asyncio.gather(*tasks)
