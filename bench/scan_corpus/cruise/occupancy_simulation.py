"""Monte Carlo estimate of cabin occupancy for next season's sailings.

Used by revenue management to size group allotments. Runs are seeded so
that analysts can reproduce the numbers in their weekly report.
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

import numpy as np

SIM_DEFAULTS = {"runs": 10_000, "seed": 42}


def simulate_sailing(capacity: int, demand_mean: float, cancel_rate: float, rng, runs: int) -> dict:
    bookings = rng.poisson(demand_mean, size=runs)
    cancellations = rng.binomial(bookings, cancel_rate)
    occupied = np.minimum(bookings - cancellations, capacity)
    return {
        "p10": float(np.percentile(occupied, 10)),
        "p50": float(np.percentile(occupied, 50)),
        "p90": float(np.percentile(occupied, 90)),
        "full_probability": float(np.mean(occupied >= capacity)),
    }


def run(forecast_csv: Path, out_csv: Path, runs: int, seed: int) -> None:
    rng = np.random.default_rng(seed)
    with forecast_csv.open(newline="") as src, out_csv.open("w", newline="") as dst:
        reader = csv.DictReader(src)
        writer = csv.DictWriter(dst, fieldnames=["sailing", "p10", "p50", "p90", "full_probability"])
        writer.writeheader()
        for row in reader:
            stats = simulate_sailing(
                int(row["cabins"]), float(row["demand_mean"]), float(row["cancel_rate"]), rng, runs
            )
            writer.writerow({"sailing": row["sailing"], **stats})


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description="Cabin occupancy simulation")
    parser.add_argument("forecast", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--runs", type=int, default=SIM_DEFAULTS["runs"])
    parser.add_argument("--seed", type=int, default=SIM_DEFAULTS["seed"])
    args = parser.parse_args(argv)
    run(args.forecast, args.out, args.runs, args.seed)


if __name__ == "__main__":
    main()
