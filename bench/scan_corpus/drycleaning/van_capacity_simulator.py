"""What-if simulator the planning team uses to size the van fleet for new postcodes."""
from __future__ import annotations

import random
import statistics
from dataclasses import dataclass


@dataclass
class Scenario:
    name: str
    daily_orders_mean: float
    daily_orders_sd: float
    bags_per_order: tuple[int, int]
    van_bag_capacity: int
    vans: int
    seed: int = 1234


def simulate_day(rng: random.Random, sc: Scenario) -> int:
    orders = max(0, int(rng.gauss(sc.daily_orders_mean, sc.daily_orders_sd)))
    bags = sum(rng.randint(*sc.bags_per_order) for _ in range(orders))
    capacity = sc.van_bag_capacity * sc.vans
    return max(0, bags - capacity)


def run(sc: Scenario, days: int = 365) -> dict[str, float]:
    """Seeded so that planners comparing scenarios in a meeting see the same numbers."""
    rng = random.Random(sc.seed)
    overflow = [simulate_day(rng, sc) for _ in range(days)]
    short_days = [o for o in overflow if o > 0]
    return {
        "scenario": sc.name,
        "days_over_capacity": len(short_days),
        "mean_overflow_bags": statistics.fmean(short_days) if short_days else 0.0,
        "p95_overflow_bags": statistics.quantiles(overflow, n=20)[-1] if days >= 20 else 0.0,
    }


if __name__ == "__main__":
    for vans in (3, 4, 5):
        print(run(Scenario("SE postcodes", 140, 30, (1, 3), 90, vans)))
