"""Monte Carlo model of haul-truck cycle times used for fleet sizing studies."""
from __future__ import annotations

import random
import statistics
from dataclasses import dataclass, field


@dataclass
class CycleModel:
    load_min: tuple[float, float] = (2.5, 4.0)
    haul_loaded_min: tuple[float, float] = (6.0, 9.5)
    dump_min: tuple[float, float] = (0.8, 1.5)
    return_min: tuple[float, float] = (4.5, 7.0)
    queue_prob: float = 0.25
    queue_min: tuple[float, float] = (1.0, 5.0)


@dataclass
class SimulationConfig:
    trucks: int = 6
    payload_t: float = 40.0
    shift_hours: float = 10.0
    runs: int = 500
    seed: int = 20240401
    model: CycleModel = field(default_factory=CycleModel)


def _one_cycle(rng: random.Random, m: CycleModel) -> float:
    total = sum(rng.uniform(*span) for span in (m.load_min, m.haul_loaded_min, m.dump_min, m.return_min))
    if rng.random() < m.queue_prob:
        total += rng.uniform(*m.queue_min)
    return total


def shift_tonnes(rng: random.Random, cfg: SimulationConfig) -> float:
    tonnes = 0.0
    for _ in range(cfg.trucks):
        minutes = 0.0
        while True:
            minutes += _one_cycle(rng, cfg.model)
            if minutes > cfg.shift_hours * 60:
                break
            tonnes += cfg.payload_t
    return tonnes


def simulate(cfg: SimulationConfig = SimulationConfig()) -> dict[str, float]:
    rng = random.Random(cfg.seed)
    results = [shift_tonnes(rng, cfg) for _ in range(cfg.runs)]
    results.sort()
    return {
        "mean_t": statistics.fmean(results),
        "p10_t": results[int(0.1 * len(results))],
        "p90_t": results[int(0.9 * len(results))],
    }


if __name__ == "__main__":
    for trucks in range(4, 9):
        print(trucks, simulate(SimulationConfig(trucks=trucks)))
