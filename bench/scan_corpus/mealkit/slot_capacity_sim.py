"""Monte-Carlo simulation of delivery-slot demand for capacity planning.

Used by the logistics team to decide how many van slots to open per
postcode cluster for the coming weeks. Runs are seeded so that two analysts
comparing scenarios see identical draws.
"""
from __future__ import annotations

import argparse
import csv
import random
import statistics
from dataclasses import dataclass


@dataclass
class ClusterDemand:
    cluster: str
    mean_orders: float
    stdev_orders: float
    slots: int
    boxes_per_slot: int


def simulate_overflow(c: ClusterDemand, runs: int, rng: random.Random) -> float:
    capacity = c.slots * c.boxes_per_slot
    overflow = 0
    for _ in range(runs):
        demand = max(0.0, rng.gauss(c.mean_orders, c.stdev_orders))
        if demand > capacity:
            overflow += 1
    return overflow / runs


def load_clusters(path: str) -> list[ClusterDemand]:
    with open(path, newline="") as fh:
        return [
            ClusterDemand(
                cluster=row["cluster"],
                mean_orders=float(row["mean_orders"]),
                stdev_orders=float(row["stdev_orders"]),
                slots=int(row["slots"]),
                boxes_per_slot=int(row["boxes_per_slot"]),
            )
            for row in csv.DictReader(fh)
        ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("clusters_csv")
    parser.add_argument("--runs", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=20240501)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    results = []
    for cluster in load_clusters(args.clusters_csv):
        p = simulate_overflow(cluster, args.runs, rng)
        results.append(p)
        print(f"{cluster.cluster:<12} overflow probability {p:6.2%}")
    print(f"median overflow probability: {statistics.median(results):.2%}")


if __name__ == "__main__":
    main()
