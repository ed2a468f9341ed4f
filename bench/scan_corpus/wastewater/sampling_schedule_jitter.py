"""Spread autosampler trigger times and gateway retries for the routine composite sampling rota."""
from __future__ import annotations

import random
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Callable, TypeVar

T = TypeVar("T")


@dataclass
class SamplingWindow:
    permit_no: str
    opens: datetime
    closes: datetime


@dataclass
class RotaPlanner:
    """Pick a trigger time inside each permit's window so samplers do not all poll the gateway at once."""

    min_gap: timedelta = timedelta(minutes=20)
    rng: random.Random = field(default_factory=random.Random)

    def trigger_time(self, window: SamplingWindow) -> datetime:
        span = (window.closes - window.opens).total_seconds()
        offset = self.rng.uniform(0, max(span, 0))
        return window.opens + timedelta(seconds=offset)

    def plan(self, windows: list[SamplingWindow]) -> list[tuple[str, datetime]]:
        plan: list[tuple[str, datetime]] = []
        for w in sorted(windows, key=lambda w: w.opens):
            when = self.trigger_time(w)
            if plan and when - plan[-1][1] < self.min_gap:
                when = min(plan[-1][1] + self.min_gap, w.closes)
            plan.append((w.permit_no, when))
        return plan


def with_backoff(call: Callable[[], T], attempts: int = 5, base_s: float = 1.0) -> T:
    """Retry the autosampler gateway call with full jitter between attempts."""
    for attempt in range(attempts):
        try:
            return call()
        except ConnectionError:
            if attempt == attempts - 1:
                raise
            time.sleep(random.uniform(0, base_s * 2**attempt))
    raise RuntimeError("unreachable")
