"""Resilient calls to the route optimisation service.

Overnight route planning submits each depot's delivery stops to the optimiser.
The service rate-limits bursts, so failed calls are retried with exponential
backoff and full jitter to stop every depot retrying in lockstep.
"""
import asyncio
import logging
import random

import httpx

from drayman.settings import settings

log = logging.getLogger(__name__)

RETRYABLE_STATUS = {429, 502, 503, 504}


class OptimiserUnavailable(RuntimeError):
    pass


def backoff_delay(attempt: int, base: float = 0.5, cap: float = 30.0) -> float:
    ceiling = min(cap, base * (2 ** attempt))
    return random.uniform(0, ceiling)


async def submit_stops(client: httpx.AsyncClient, depot_code: str, stops: list[dict]) -> dict:
    payload = {"depot": depot_code, "vehicles": settings.DEPOT_VANS[depot_code], "stops": stops}
    last_error: Exception | None = None
    for attempt in range(settings.OPTIMISER_MAX_ATTEMPTS):
        try:
            resp = await client.post("/v2/plan", json=payload, timeout=60)
            if resp.status_code not in RETRYABLE_STATUS:
                resp.raise_for_status()
                return resp.json()
            last_error = httpx.HTTPStatusError("retryable", request=resp.request, response=resp)
        except (httpx.ConnectError, httpx.ReadTimeout) as exc:
            last_error = exc
        delay = backoff_delay(attempt)
        log.warning("optimiser attempt %d for %s failed, retrying in %.1fs", attempt + 1, depot_code, delay)
        await asyncio.sleep(delay)
    raise OptimiserUnavailable(depot_code) from last_error


async def plan_all_depots(stops_by_depot: dict[str, list[dict]]) -> dict[str, dict]:
    async with httpx.AsyncClient(base_url=settings.OPTIMISER_URL) as client:
        results = await asyncio.gather(
            *(submit_stops(client, depot, stops) for depot, stops in stops_by_depot.items()),
            return_exceptions=True,
        )
    return dict(zip(stops_by_depot, results))
