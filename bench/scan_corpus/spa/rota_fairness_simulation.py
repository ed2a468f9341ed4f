"""Offline simulation of weekend shift allocation across therapists.

Site managers use this to compare allocation rules before changing the real
rota. A fixed seed keeps the simulated weeks identical between runs so the
rules can be compared like for like in the planning spreadsheet.
"""
from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field


@dataclass
class SimulationConfig:
    weeks: int = 26
    weekend_shifts_per_week: int = 8
    seed: int = 2024
    therapists: list[str] = field(default_factory=list)


def allocate_round_robin(rng: random.Random, therapists: list[str], shifts: int) -> list[str]:
    order = therapists[:]
    rng.shuffle(order)
    return [order[i % len(order)] for i in range(shifts)]


def allocate_weighted(rng: random.Random, therapists: list[str], shifts: int, load: Counter) -> list[str]:
    weights = [1.0 / (1 + load[name]) for name in therapists]
    return rng.choices(therapists, weights=weights, k=shifts)


def simulate(config: SimulationConfig, rule: str = "round_robin") -> Counter:
    rng = random.Random(config.seed)
    load: Counter = Counter()
    for _ in range(config.weeks):
        if rule == "weighted":
            week = allocate_weighted(rng, config.therapists, config.weekend_shifts_per_week, load)
        else:
            week = allocate_round_robin(rng, config.therapists, config.weekend_shifts_per_week)
        load.update(week)
    return load


def spread(load: Counter) -> int:
    return max(load.values()) - min(load.values()) if load else 0


if __name__ == "__main__":
    cfg = SimulationConfig(therapists=["amara", "bea", "chen", "dilys", "eoin", "farah"])
    for name in ("round_robin", "weighted"):
        result = simulate(cfg, name)
        print(f"{name}: spread={spread(result)} {dict(result)}")
