"""Dispatches queued knitting jobs to idle circular sock machines.

Each machine controller exposes a small HTTP API on the shop-floor network.
When a controller is busy or rebooting we back off with jitter so that a
whole bank of machines coming back after a power dip is not hit at once.
"""
import asyncio
import logging
import random
from dataclasses import dataclass

import httpx

log = logging.getLogger("hosier.knitq")

MAX_ATTEMPTS = 6
BASE_DELAY = 0.5


@dataclass
class KnitJob:
    job_id: str
    style_code: str
    size: str
    pairs: int
    program: str


def backoff(attempt: int, base: float = BASE_DELAY, cap: float = 30.0) -> float:
    return random.uniform(0, min(cap, base * 2 ** attempt))


async def push_job(client: httpx.AsyncClient, controller_url: str, job: KnitJob) -> bool:
    for attempt in range(MAX_ATTEMPTS):
        try:
            resp = await client.post(f"{controller_url}/jobs", json=job.__dict__, timeout=10)
            if resp.status_code == 409:
                log.info("controller %s busy, retrying job %s", controller_url, job.job_id)
            else:
                resp.raise_for_status()
                return True
        except httpx.TransportError as exc:
            log.warning("controller %s unreachable: %s", controller_url, exc)
        await asyncio.sleep(backoff(attempt))
    return False


async def dispatch(jobs: list[KnitJob], controllers: list[str]) -> list[str]:
    """Spread jobs over controllers; returns ids of jobs that could not be placed."""
    pool = controllers[:]
    random.shuffle(pool)
    failed: list[str] = []
    async with httpx.AsyncClient() as client:
        results = await asyncio.gather(
            *(push_job(client, pool[i % len(pool)], job) for i, job in enumerate(jobs))
        )
    for job, ok in zip(jobs, results):
        if not ok:
            failed.append(job.job_id)
    return failed
