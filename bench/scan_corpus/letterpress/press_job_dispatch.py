"""Worker that pushes approved jobs to the press scheduling service, with retries."""
import asyncio
import logging
import os
import random
import uuid
from dataclasses import dataclass

import httpx

log = logging.getLogger("press.dispatch")

SCHEDULER_URL = os.environ.get("PRESS_SCHEDULER_URL", "http://scheduler.internal:8040")


@dataclass
class PressJob:
    order_id: int
    press: str  # "vandercook", "heidelberg", "kluge"
    sheets: int
    colours: int
    paper: str


def backoff_delay(attempt: int, base: float = 0.5, cap: float = 30.0) -> float:
    """Exponential backoff with full jitter so workers don't retry in lockstep."""
    return random.uniform(0, min(cap, base * 2 ** attempt))


async def dispatch(client: httpx.AsyncClient, job: PressJob, attempts: int = 6) -> dict:
    request_id = str(uuid.uuid4())
    payload = {
        "order_id": job.order_id,
        "press": job.press,
        "sheets": job.sheets,
        "colours": job.colours,
        "paper": job.paper,
    }
    for attempt in range(attempts):
        try:
            resp = await client.post(
                f"{SCHEDULER_URL}/v1/jobs", json=payload, headers={"Idempotency-Key": request_id}
            )
            if resp.status_code < 500:
                resp.raise_for_status()
                return resp.json()
            log.warning("scheduler returned %s for order %s", resp.status_code, job.order_id)
        except httpx.TransportError as exc:
            log.warning("scheduler unreachable (%s) for order %s", exc, job.order_id)
        await asyncio.sleep(backoff_delay(attempt))
    raise RuntimeError(f"gave up dispatching order {job.order_id} after {attempts} attempts")


async def dispatch_all(jobs: list[PressJob]) -> list[dict]:
    async with httpx.AsyncClient(timeout=10.0) as client:
        return await asyncio.gather(*(dispatch(client, j) for j in jobs))
