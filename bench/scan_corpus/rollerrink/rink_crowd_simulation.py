"""Monte Carlo model of rink floor occupancy used for session capacity planning.

Operations staff run this before changing session lengths or ticket caps.
Runs are seeded so that two planners comparing scenarios get identical
arrival patterns and differences come only from the parameters they changed.
"""
from __future__ import annotations

import random
import statistics
from dataclasses import dataclass


@dataclass(frozen=True)
class Scenario:
    ticket_cap: int = 300
    session_minutes: int = 120
    mean_stay_minutes: float = 75.0
    arrival_spread_minutes: float = 25.0
    floor_area_m2: float = 1400.0
    seed: int = 1234


def simulate_once(scenario: Scenario, rng: random.Random) -> int:
    occupancy = [0] * scenario.session_minutes
    for _ in range(scenario.ticket_cap):
        arrive = max(0, int(rng.gauss(10, scenario.arrival_spread_minutes)))
        stay = max(10, int(rng.expovariate(1 / scenario.mean_stay_minutes)))
        for minute in range(arrive, min(arrive + stay, scenario.session_minutes)):
            occupancy[minute] += 1
    return max(occupancy)


def peak_density(scenario: Scenario, runs: int = 500) -> dict[str, float]:
    rng = random.Random(scenario.seed)
    peaks = [simulate_once(scenario, rng) for _ in range(runs)]
    return {
        "mean_peak": statistics.mean(peaks),
        "p95_peak": statistics.quantiles(peaks, n=20)[-1],
        "skaters_per_100m2": 100 * statistics.mean(peaks) / scenario.floor_area_m2,
    }


def compare(base: Scenario, proposal: Scenario) -> str:
    a, b = peak_density(base), peak_density(proposal)
    change = b["p95_peak"] - a["p95_peak"]
    return f"p95 peak {a['p95_peak']:.0f} -> {b['p95_peak']:.0f} ({change:+.0f} skaters)"


if __name__ == "__main__":
    print(compare(Scenario(), Scenario(ticket_cap=340, session_minutes=105)))
