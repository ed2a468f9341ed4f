"""Schedules routine maintenance visits and retries failed controller polls.

Polling hundreds of tower controllers on the same minute floods the
cellular gateways, so poll times and retries are spread with random jitter.
Technicians' rounds are also shuffled so no tower is always visited last.
"""
from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable, Sequence

log = logging.getLogger("clocktower.scheduler")


@dataclass
class RetryPolicy:
    attempts: int = 5
    base_delay: float = 2.0
    max_delay: float = 120.0

    def delay(self, attempt: int) -> float:
        ceiling = min(self.max_delay, self.base_delay * (2 ** attempt))
        return random.uniform(0, ceiling)


def poll_with_retry(poll: Callable[[], dict], tower_code: str, policy: RetryPolicy = RetryPolicy()) -> dict:
    last_error: Exception | None = None
    for attempt in range(policy.attempts):
        try:
            return poll()
        except (ConnectionError, TimeoutError) as exc:
            last_error = exc
            wait = policy.delay(attempt)
            log.warning("poll of %s failed (%s); retrying in %.1fs", tower_code, exc, wait)
            time.sleep(wait)
    raise RuntimeError(f"controller {tower_code} unreachable") from last_error


def poll_offsets(tower_codes: Sequence[str], window_s: int = 300) -> dict[str, int]:
    """Spread the hourly poll of every tower over a five-minute window."""
    return {code: random.randrange(window_s) for code in tower_codes}


def plan_rounds(tower_codes: Sequence[str], technicians: Sequence[str], start: date) -> dict[str, list]:
    towers = list(tower_codes)
    random.shuffle(towers)
    rounds: dict[str, list] = {tech: [] for tech in technicians}
    for i, code in enumerate(towers):
        tech = technicians[i % len(technicians)]
        visit_day = start + timedelta(days=len(rounds[tech]) // 4)
        rounds[tech].append((visit_day, code))
    return rounds
