"""Monte Carlo estimate of travel slack between tour stops.

The routing team runs this before confirming a leg to see how often the
convoy would arrive after the venue's load-in window opens.
"""
from __future__ import annotations

import argparse
import random
import statistics
from dataclasses import dataclass


@dataclass
class Leg:
    origin: str
    destination: str
    drive_hours: float
    ferry_hours: float = 0.0
    border_crossing: bool = False


def simulate_leg(leg: Leg, rng: random.Random) -> float:
    traffic = rng.lognormvariate(0.0, 0.18)
    hours = leg.drive_hours * traffic + leg.ferry_hours
    if leg.border_crossing:
        hours += rng.triangular(0.2, 3.0, 0.6)
    hours += rng.expovariate(1 / 0.4)
    return hours


def late_arrival_rate(legs: list[Leg], window_hours: float, runs: int, seed: int) -> tuple[float, float]:
    rng = random.Random(seed)
    totals = [sum(simulate_leg(leg, rng) for leg in legs) for _ in range(runs)]
    late = sum(1 for t in totals if t > window_hours)
    return late / runs, statistics.median(totals)


def main() -> None:
    parser = argparse.ArgumentParser(description="Simulate convoy arrival for a tour leg")
    parser.add_argument("--window", type=float, required=True, help="hours until load-in")
    parser.add_argument("--runs", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=7, help="seed so results can be reproduced")
    args = parser.parse_args()
    legs = [
        Leg("Lyon", "Geneva", 1.9, border_crossing=True),
        Leg("Geneva", "Turin", 3.6, border_crossing=True),
    ]
    rate, median = late_arrival_rate(legs, args.window, args.runs, args.seed)
    print(f"late in {rate:.1%} of runs, median {median:.2f}h")


if __name__ == "__main__":
    main()
