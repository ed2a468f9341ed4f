"""Pushes queued jobs to the laser controllers, backing off when a machine is busy."""
import asyncio
import logging
import random
from dataclasses import dataclass

import httpx

log = logging.getLogger("engraver.laser.worker")

BASE_DELAY = 2.0
MAX_DELAY = 60.0
MAX_ATTEMPTS = 8


class MachineBusy(Exception):
    pass


@dataclass
class LaserJob:
    job_id: str
    machine: str
    payload_url: str
    attempts: int = 0


def backoff_delay(attempt: int) -> float:
    """Exponential backoff with full jitter so several workers don't retry in lockstep."""
    ceiling = min(MAX_DELAY, BASE_DELAY * 2 ** attempt)
    return random.uniform(0, ceiling)


async def _push(client: httpx.AsyncClient, job: LaserJob) -> None:
    resp = await client.post(
        f"/machines/{job.machine}/jobs",
        json={"job_id": job.job_id, "source": job.payload_url},
    )
    if resp.status_code == 409:
        raise MachineBusy(job.machine)
    resp.raise_for_status()


async def dispatch(client: httpx.AsyncClient, job: LaserJob) -> bool:
    while job.attempts < MAX_ATTEMPTS:
        try:
            await _push(client, job)
            log.info("job %s sent to %s", job.job_id, job.machine)
            return True
        except (MachineBusy, httpx.TransportError) as exc:
            job.attempts += 1
            delay = backoff_delay(job.attempts)
            log.info("job %s retry %d in %.1fs (%s)", job.job_id, job.attempts, delay, exc)
            await asyncio.sleep(delay)
    log.error("job %s gave up after %d attempts", job.job_id, job.attempts)
    return False


async def run(queue: "asyncio.Queue[LaserJob]", controller_url: str) -> None:
    async with httpx.AsyncClient(base_url=controller_url, timeout=10.0) as client:
        while True:
            job = await queue.get()
            try:
                await dispatch(client, job)
            finally:
                queue.task_done()
