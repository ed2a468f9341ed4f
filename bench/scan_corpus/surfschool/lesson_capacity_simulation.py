"""Monte Carlo model of weekend lesson demand, used to plan instructor headcount."""
from __future__ import annotations

import random
import statistics
from dataclasses import dataclass
from typing import Dict, List, Sequence


@dataclass(frozen=True)
class DemandModel:
    mean_bookings: float
    stdev: float
    no_show_rate: float
    students_per_instructor: int = 6


@dataclass
class SimulationResult:
    p50_instructors: int
    p90_instructors: int
    mean_students: float


SLOTS: Dict[str, DemandModel] = {
    "sat-07:00": DemandModel(22, 6, 0.08),
    "sat-09:30": DemandModel(38, 9, 0.05),
    "sun-07:00": DemandModel(18, 5, 0.10),
    "sun-09:30": DemandModel(34, 8, 0.06),
}


def _percentile(values: Sequence[int], pct: float) -> int:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(pct * len(ordered)))]


def simulate_slot(model: DemandModel, runs: int, rng: random.Random) -> SimulationResult:
    needed: List[int] = []
    students: List[int] = []
    for _ in range(runs):
        booked = max(0, round(rng.gauss(model.mean_bookings, model.stdev)))
        showed = sum(1 for _ in range(booked) if rng.random() > model.no_show_rate)
        students.append(showed)
        needed.append(-(-showed // model.students_per_instructor))
    return SimulationResult(_percentile(needed, 0.5), _percentile(needed, 0.9), statistics.mean(students))


def plan_weekend(runs: int = 5000, seed: int = 20240601) -> Dict[str, SimulationResult]:
    rng = random.Random(seed)
    return {slot: simulate_slot(model, runs, rng) for slot, model in SLOTS.items()}


if __name__ == "__main__":
    for slot, res in plan_weekend().items():
        print(f"{slot}: p50={res.p50_instructors} p90={res.p90_instructors} mean={res.mean_students:.1f}")
