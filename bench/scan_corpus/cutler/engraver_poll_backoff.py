"""Poll the laser engraver controller for job completion with jittered backoff."""
import asyncio
import logging
import random
from dataclasses import dataclass
from typing import Optional

import httpx

log = logging.getLogger("engraving.poller")


@dataclass
class PollSettings:
    base_delay: float = 1.0
    max_delay: float = 30.0
    max_attempts: int = 40


def next_delay(attempt: int, settings: PollSettings) -> float:
    ceiling = min(settings.max_delay, settings.base_delay * (2 ** attempt))
    return random.uniform(0, ceiling)


async def wait_for_job(
    client: httpx.AsyncClient, job_id: str, settings: Optional[PollSettings] = None
) -> dict:
    """Return the final job document once the engraver reports done or failed."""
    settings = settings or PollSettings()
    for attempt in range(settings.max_attempts):
        try:
            resp = await client.get(f"/jobs/{job_id}", timeout=10.0)
            resp.raise_for_status()
            job = resp.json()
            if job["state"] in ("done", "failed"):
                return job
            log.debug("job %s at %s%%", job_id, job.get("progress", 0))
        except httpx.TransportError as exc:
            log.warning("engraver unreachable (%s), attempt %d", exc, attempt + 1)
        await asyncio.sleep(next_delay(attempt, settings))
    raise TimeoutError(f"engraving job {job_id} did not finish")


async def wait_for_all(base_url: str, job_ids: list[str]) -> list[dict]:
    async with httpx.AsyncClient(base_url=base_url) as client:
        return await asyncio.gather(*(wait_for_job(client, j) for j in job_ids))
