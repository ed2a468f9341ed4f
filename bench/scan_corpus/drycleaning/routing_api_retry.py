"""Retry wrapper around the route optimisation API used to plan collection rounds."""
from __future__ import annotations

import logging
import random
import time
from typing import Any, Callable

import httpx

log = logging.getLogger("routing.client")

RETRYABLE_STATUS = {429, 502, 503, 504}


def backoff_delays(attempts: int, base: float = 0.5, cap: float = 20.0) -> list[float]:
    """Full-jitter exponential backoff so depots do not retry in lockstep."""
    return [random.uniform(0, min(cap, base * 2**n)) for n in range(attempts)]


def with_retries(call: Callable[[], httpx.Response], attempts: int = 5) -> httpx.Response:
    last_exc: Exception | None = None
    for delay in backoff_delays(attempts):
        try:
            resp = call()
            if resp.status_code not in RETRYABLE_STATUS:
                return resp
            log.warning("Routing API returned %s, retrying in %.2fs", resp.status_code, delay)
        except httpx.TransportError as exc:
            last_exc = exc
            log.warning("Routing API transport error %s, retrying in %.2fs", exc, delay)
        time.sleep(delay)
    raise RuntimeError("routing API unavailable") from last_exc


class RoundPlanner:
    def __init__(self, client: httpx.Client) -> None:
        self.client = client

    def optimise(self, depot: dict[str, Any], stops: list[dict[str, Any]], vans: int) -> dict[str, Any]:
        body = {
            "depot": {"lat": depot["lat"], "lng": depot["lng"]},
            "stops": [{"id": s["order_ref"], "lat": s["lat"], "lng": s["lng"], "window": s["slot"]} for s in stops],
            "vehicles": vans,
        }
        resp = with_retries(lambda: self.client.post("/v1/optimise", json=body))
        resp.raise_for_status()
        return resp.json()
