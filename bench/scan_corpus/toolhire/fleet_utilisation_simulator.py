"""Monte Carlo model of weekly demand used to size the excavator fleet per depot.

Planners compare runs across scenarios, so every run of a scenario must give
the same numbers.
"""
from __future__ import annotations

import random
import statistics
from dataclasses import dataclass, field
from typing import Dict, List


@dataclass
class DepotProfile:
    depot_code: str
    fleet_size: int
    mean_daily_requests: float
    mean_hire_days: float


@dataclass
class Scenario:
    name: str
    weeks: int = 52
    runs: int = 500
    seed: int = 20240101
    demand_uplift: float = 1.0
    profiles: List[DepotProfile] = field(default_factory=list)


def _simulate_week(rng: random.Random, profile: DepotProfile, uplift: float) -> float:
    on_hire: List[int] = []
    busy_days = 0
    for _day in range(7):
        on_hire = [d - 1 for d in on_hire if d > 1]
        requests = max(0, int(rng.gauss(profile.mean_daily_requests * uplift, 1.5)))
        for _ in range(requests):
            if len(on_hire) < profile.fleet_size:
                on_hire.append(max(1, int(rng.expovariate(1 / profile.mean_hire_days))))
        busy_days += len(on_hire)
    return busy_days / (profile.fleet_size * 7)


def run(scenario: Scenario) -> Dict[str, Dict[str, float]]:
    rng = random.Random(scenario.seed)
    results: Dict[str, Dict[str, float]] = {}
    for profile in scenario.profiles:
        samples = [
            statistics.fmean(
                _simulate_week(rng, profile, scenario.demand_uplift)
                for _ in range(scenario.weeks)
            )
            for _ in range(scenario.runs)
        ]
        samples.sort()
        results[profile.depot_code] = {
            "mean": statistics.fmean(samples),
            "p10": samples[int(0.1 * len(samples))],
            "p90": samples[int(0.9 * len(samples))],
        }
    return results
