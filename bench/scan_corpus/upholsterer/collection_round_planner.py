"""Plan the order of stops for a day's collection and delivery round.

A simple local-search planner: start from a shuffled order, then try random
2-opt reversals and keep any that shorten the drive. Good enough for the
15-25 stops a single van does in a day, and it runs on the office laptop.
"""
import math
import random
from dataclasses import dataclass
from typing import Sequence


@dataclass(frozen=True)
class Stop:
    job_id: int
    kind: str  # "collect" or "deliver"
    lat: float
    lon: float
    postcode: str


def _haversine_km(a: Stop, b: Stop) -> float:
    r = 6371.0
    dlat = math.radians(b.lat - a.lat)
    dlon = math.radians(b.lon - a.lon)
    h = (math.sin(dlat / 2) ** 2
         + math.cos(math.radians(a.lat)) * math.cos(math.radians(b.lat)) * math.sin(dlon / 2) ** 2)
    return 2 * r * math.asin(math.sqrt(h))


def route_length(depot: Stop, order: Sequence[Stop]) -> float:
    path = [depot, *order, depot]
    return sum(_haversine_km(p, q) for p, q in zip(path, path[1:]))


def plan_round(depot: Stop, stops: list[Stop], iterations: int = 4000,
               rng: random.Random | None = None) -> list[Stop]:
    rng = rng or random.Random()
    best = stops[:]
    rng.shuffle(best)
    best_len = route_length(depot, best)
    if len(best) < 4:
        return best
    for _ in range(iterations):
        i, j = sorted(rng.sample(range(len(best)), 2))
        candidate = best[:i] + best[i:j + 1][::-1] + best[j + 1:]
        cand_len = route_length(depot, candidate)
        if cand_len < best_len:
            best, best_len = candidate, cand_len
    return best


def plan_best_of(depot: Stop, stops: list[Stop], restarts: int = 8) -> list[Stop]:
    """Run a few independent restarts and keep the shortest route."""
    plans = [plan_round(depot, stops) for _ in range(restarts)]
    return min(plans, key=lambda order: route_length(depot, order))
