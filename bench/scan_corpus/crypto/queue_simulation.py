"""Monte Carlo model of support-queue wait times for staffing decisions."""
import argparse
import statistics
from dataclasses import dataclass

import numpy as np


@dataclass
class Scenario:
    agents: int
    arrivals_per_hour: float
    mean_handle_minutes: float
    hours: int = 8


def simulate_day(s: Scenario, rng: np.random.Generator) -> list[float]:
    minutes = s.hours * 60
    n_calls = rng.poisson(s.arrivals_per_hour * s.hours)
    arrivals = np.sort(rng.uniform(0, minutes, n_calls))
    handle = rng.exponential(s.mean_handle_minutes, n_calls)
    free_at = np.zeros(s.agents)
    waits = []
    for t, h in zip(arrivals, handle):
        i = int(np.argmin(free_at))
        start = max(t, free_at[i])
        waits.append(start - t)
        free_at[i] = start + h
    return waits


def run(s: Scenario, days: int, seed: int) -> dict[str, float]:
    rng = np.random.default_rng(seed)
    waits = [w for _ in range(days) for w in simulate_day(s, rng)]
    if not waits:
        return {"mean": 0.0, "p90": 0.0}
    return {"mean": statistics.fmean(waits), "p90": float(np.percentile(waits, 90))}


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--agents", type=int, default=6)
    parser.add_argument("--rate", type=float, default=40.0)
    parser.add_argument("--aht", type=float, default=7.5)
    parser.add_argument("--days", type=int, default=500)
    parser.add_argument("--seed", type=int, default=42)
    a = parser.parse_args()
    result = run(Scenario(a.agents, a.rate, a.aht), a.days, a.seed)
    print(f"mean wait {result['mean']:.1f} min, p90 {result['p90']:.1f} min")
