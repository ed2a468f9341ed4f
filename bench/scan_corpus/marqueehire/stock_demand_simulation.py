"""Monte Carlo estimate of peak-season stock shortfalls.

Before the summer the directors decide how many extra 9 m frames, chairs
and dance-floor panels to buy. This script replays last year's bookings with
random growth and cancellation rates to see how often we would run short.
"""
from __future__ import annotations

import argparse
import csv
from dataclasses import dataclass
from typing import Dict, List

import numpy as np

DEFAULT_SEED = 42


@dataclass
class WeekDemand:
    week: int
    sku: str
    booked: int


def load_history(path: str) -> List[WeekDemand]:
    with open(path, newline="", encoding="utf-8") as fh:
        return [WeekDemand(int(r["week"]), r["sku"], int(r["booked"])) for r in csv.DictReader(fh)]


def simulate(history: List[WeekDemand], stock: Dict[str, int], runs: int, seed: int) -> Dict[str, float]:
    rng = np.random.default_rng(seed)
    shortfall_weeks: Dict[str, int] = {sku: 0 for sku in stock}
    total_weeks: Dict[str, int] = {sku: 0 for sku in stock}
    for _ in range(runs):
        growth = rng.normal(loc=1.08, scale=0.06)
        for row in history:
            if row.sku not in stock:
                continue
            cancelled = rng.binomial(row.booked, 0.07)
            demand = int(round((row.booked - cancelled) * growth))
            total_weeks[row.sku] += 1
            if demand > stock[row.sku]:
                shortfall_weeks[row.sku] += 1
    return {sku: shortfall_weeks[sku] / max(total_weeks[sku], 1) for sku in stock}


def main(argv: List[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("history_csv")
    parser.add_argument("--stock", nargs="+", required=True, help="SKU=QTY pairs")
    parser.add_argument("--runs", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)

    stock = {k: int(v) for k, v in (pair.split("=", 1) for pair in args.stock)}
    risk = simulate(load_history(args.history_csv), stock, args.runs, args.seed)
    for sku, p in sorted(risk.items(), key=lambda kv: kv[1], reverse=True):
        print(f"{sku:<20} short in {p:6.1%} of simulated peak weeks")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
