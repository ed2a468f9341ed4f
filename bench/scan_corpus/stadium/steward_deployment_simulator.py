"""Monte Carlo model of turnstile queues used to size steward deployment.

Planners run this before high-category fixtures to estimate how many stewards
each entrance needs; fixed seeds make the published planning figures
reproducible for the safety advisory group.
"""
from __future__ import annotations

import random
import statistics
from dataclasses import dataclass


@dataclass(frozen=True)
class EntranceModel:
    name: str
    turnstiles: int
    expected_fans: int
    arrival_window_min: int = 90
    seconds_per_passage: float = 6.5


@dataclass(frozen=True)
class SimulationConfig:
    runs: int = 500
    seed: int = 20250809
    fans_per_steward: int = 250


def peak_queue(model: EntranceModel, rng: random.Random) -> int:
    arrivals = sorted(rng.triangular(0, model.arrival_window_min, model.arrival_window_min * 0.7)
                      for _ in range(model.expected_fans))
    capacity_per_min = model.turnstiles * 60 / model.seconds_per_passage
    queue, peak, idx = 0.0, 0.0, 0
    for minute in range(model.arrival_window_min + 1):
        while idx < len(arrivals) and arrivals[idx] <= minute:
            queue += 1
            idx += 1
        queue = max(0.0, queue - capacity_per_min)
        peak = max(peak, queue)
    return int(peak)


def recommend_stewards(model: EntranceModel, config: SimulationConfig = SimulationConfig()) -> dict:
    rng = random.Random(config.seed)
    peaks = [peak_queue(model, rng) for _ in range(config.runs)]
    p95 = statistics.quantiles(peaks, n=20)[-1]
    return {
        "entrance": model.name,
        "median_peak_queue": statistics.median(peaks),
        "p95_peak_queue": p95,
        "stewards": max(2, round(p95 / config.fans_per_steward) + model.turnstiles // 4),
    }
