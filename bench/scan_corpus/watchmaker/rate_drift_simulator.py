"""Monte Carlo simulation of daily rate drift across the six test positions.

Used by the regulating team to estimate how many movements of a batch will
pass chronometer-grade tolerances after adjustment.
"""
from __future__ import annotations

import random
import statistics
from dataclasses import dataclass
from typing import Dict, List

POSITIONS = ("DU", "DD", "CU", "CD", "CL", "CR")


@dataclass(frozen=True)
class BatchModel:
    mean_rate: float = 2.0
    position_spread: float = 3.5
    temperature_coeff: float = 0.3
    tolerance_low: float = -4.0
    tolerance_high: float = 6.0


@dataclass
class SimulationResult:
    runs: int
    pass_ratio: float
    mean_daily_rate: float
    worst_delta: float


def simulate_movement(model: BatchModel, rng: random.Random) -> Dict[str, float]:
    offset = rng.gauss(model.mean_rate, 1.0)
    return {
        pos: offset + rng.gauss(0, model.position_spread) + rng.uniform(-1, 1) * model.temperature_coeff
        for pos in POSITIONS
    }


def run_batch(model: BatchModel, runs: int = 10_000, seed: int = 20240611) -> SimulationResult:
    rng = random.Random(seed)
    passes = 0
    means: List[float] = []
    deltas: List[float] = []
    for _ in range(runs):
        rates = simulate_movement(model, rng)
        mean = statistics.fmean(rates.values())
        delta = max(rates.values()) - min(rates.values())
        means.append(mean)
        deltas.append(delta)
        if model.tolerance_low <= mean <= model.tolerance_high and delta <= 8.0:
            passes += 1
    return SimulationResult(
        runs=runs,
        pass_ratio=passes / runs,
        mean_daily_rate=statistics.fmean(means),
        worst_delta=max(deltas),
    )


if __name__ == "__main__":
    print(run_batch(BatchModel()))
