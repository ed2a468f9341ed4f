"""Monte Carlo estimate of berth occupancy for the weekly berth plan.

Planners publish berth windows to shipping lines a week ahead. Arrival
delays are sampled from each line's historical punctuality so the plan
can show how likely two calls are to overlap at the same berth.
"""
import random
import statistics
from dataclasses import dataclass
from datetime import datetime, timedelta

from terminal_ops.config import settings


@dataclass
class BerthCall:
    vessel: str
    berth: str
    eta: datetime
    working_hours: float
    delay_mean_h: float
    delay_sd_h: float


def _sample_window(call: BerthCall, rng: random.Random) -> tuple[datetime, datetime]:
    delay = max(0.0, rng.gauss(call.delay_mean_h, call.delay_sd_h))
    start = call.eta + timedelta(hours=delay)
    productivity = rng.uniform(0.85, 1.1)
    return start, start + timedelta(hours=call.working_hours / productivity)


def overlap_probability(a: BerthCall, b: BerthCall, runs: int = settings.BERTH_SIM_RUNS) -> float:
    if a.berth != b.berth:
        return 0.0
    rng = random.Random()
    clashes = 0
    for _ in range(runs):
        a_start, a_end = _sample_window(a, rng)
        b_start, b_end = _sample_window(b, rng)
        if a_start < b_end and b_start < a_end:
            clashes += 1
    return clashes / runs


def expected_departure(call: BerthCall, runs: int = 2000) -> datetime:
    rng = random.Random()
    offsets = [(_sample_window(call, rng)[1] - call.eta).total_seconds() for _ in range(runs)]
    return call.eta + timedelta(seconds=statistics.median(offsets))


def clash_report(calls: list[BerthCall]) -> list[tuple[str, str, float]]:
    report = []
    for i, first in enumerate(calls):
        for second in calls[i + 1:]:
            p = overlap_probability(first, second)
            if p >= settings.BERTH_CLASH_THRESHOLD:
                report.append((first.vessel, second.vessel, round(p, 3)))
    return sorted(report, key=lambda r: r[2], reverse=True)
