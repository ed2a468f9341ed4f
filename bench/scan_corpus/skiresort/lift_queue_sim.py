"""Monte-Carlo model of lift-base queues for capacity planning.

Planning uses this to compare chairlift upgrade options: skier arrivals
follow a Poisson process per 5-minute slot with a morning peak, and the
lift loads a fixed number of chairs per minute. Runs are seeded so the
figures in the planning report can be reproduced.
"""
from __future__ import annotations

import argparse
from dataclasses import dataclass

import numpy as np

SLOTS_PER_DAY = 96  # 08:00-16:00 in 5-minute slots


@dataclass
class LiftOption:
    name: str
    seats_per_chair: int
    chairs_per_minute: float
    load_factor: float = 0.85

    @property
    def capacity_per_slot(self) -> float:
        return self.seats_per_chair * self.chairs_per_minute * 5 * self.load_factor


def arrival_profile(peak_per_slot: float) -> np.ndarray:
    t = np.arange(SLOTS_PER_DAY)
    morning = np.exp(-((t - 18) ** 2) / 60.0)
    lunch = 0.6 * np.exp(-((t - 60) ** 2) / 120.0)
    return peak_per_slot * (0.15 + morning + lunch)


def simulate(option: LiftOption, peak: float, days: int, seed: int = 2024) -> dict:
    rng = np.random.default_rng(seed)
    profile = arrival_profile(peak)
    max_waits = []
    for _ in range(days):
        queue = 0.0
        worst = 0.0
        for lam in profile:
            queue = max(0.0, queue + rng.poisson(lam) - option.capacity_per_slot)
            worst = max(worst, queue / option.capacity_per_slot * 5)
        max_waits.append(worst)
    waits = np.array(max_waits)
    return {
        "option": option.name,
        "p50_max_wait_min": float(np.percentile(waits, 50)),
        "p90_max_wait_min": float(np.percentile(waits, 90)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--peak", type=float, default=900.0, help="peak arrivals per 5-minute slot")
    parser.add_argument("--days", type=int, default=500)
    parser.add_argument("--seed", type=int, default=2024)
    args = parser.parse_args()
    options = [
        LiftOption("4-seater (current)", 4, 10.0),
        LiftOption("6-seater", 6, 10.5),
        LiftOption("8-seater with bubble", 8, 10.0),
    ]
    for option in options:
        print(simulate(option, args.peak, args.days, args.seed))


if __name__ == "__main__":
    main()
