"""Monte Carlo forecast of weekly parcel demand per distribution centre.

Used by the operations team to size van runs and warehouse picks. The seed is
fixed so that planning reports can be reproduced and compared week to week.
"""
from __future__ import annotations

import random
import statistics
from dataclasses import dataclass


@dataclass(frozen=True)
class CentreProfile:
    name: str
    mean_referrals: float
    stdev_referrals: float
    avg_household_size: float


@dataclass(frozen=True)
class Forecast:
    centre: str
    p50_parcels: int
    p90_parcels: int
    p90_items: int


SIMULATION_SEED = 20240401
RUNS = 5000
ITEMS_PER_PERSON = 9


def _simulate_week(rng: random.Random, profile: CentreProfile) -> tuple[int, int]:
    referrals = max(0, round(rng.gauss(profile.mean_referrals, profile.stdev_referrals)))
    people = sum(max(1, round(rng.expovariate(1 / profile.avg_household_size))) for _ in range(referrals))
    return referrals, people * ITEMS_PER_PERSON


def forecast(profile: CentreProfile, runs: int = RUNS, seed: int = SIMULATION_SEED) -> Forecast:
    rng = random.Random(seed)
    parcels, items = zip(*(_simulate_week(rng, profile) for _ in range(runs)))
    cuts = statistics.quantiles(parcels, n=10)
    item_cuts = statistics.quantiles(items, n=10)
    return Forecast(
        centre=profile.name,
        p50_parcels=round(statistics.median(parcels)),
        p90_parcels=round(cuts[8]),
        p90_items=round(item_cuts[8]),
    )


def forecast_network(profiles: list[CentreProfile]) -> list[Forecast]:
    return [forecast(p) for p in profiles]


if __name__ == "__main__":
    demo = [
        CentreProfile("Riverside", 140, 25, 2.6),
        CentreProfile("Northgate", 85, 18, 3.1),
    ]
    for f in forecast_network(demo):
        print(f"{f.centre}: p50={f.p50_parcels} p90={f.p90_parcels} items90={f.p90_items}")
