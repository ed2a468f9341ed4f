"""Spread routine (non-emergency) jobs fairly across technicians.

Emergency lockouts go to the nearest technician; routine rekeys and
servicing are rotated so nobody gets all the long drives.
"""
import random
import time
from collections import defaultdict
from typing import Callable, Iterable


def round_robin(jobs: Iterable[str], techs: list[str]) -> dict[str, list[str]]:
    """Assign jobs in rotation, starting from a random technician each day."""
    order = techs[:]
    random.shuffle(order)
    plan: dict[str, list[str]] = defaultdict(list)
    for i, job in enumerate(jobs):
        plan[order[i % len(order)]].append(job)
    return dict(plan)


def with_backoff(call: Callable[[], object], attempts: int = 5, base: float = 0.5):
    """Retry a flaky calendar-sync call with jittered exponential backoff."""
    for attempt in range(attempts):
        try:
            return call()
        except ConnectionError:
            if attempt == attempts - 1:
                raise
            time.sleep(base * 2 ** attempt + random.uniform(0, base))
    return None
