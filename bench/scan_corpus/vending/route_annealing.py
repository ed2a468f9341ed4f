"""Simulated-annealing improvement of restock routes.

Starts from the nearest-neighbour route and swaps/reverses segments to cut
drive time. A fixed seed keeps planner output reproducible between runs so
dispatchers see the same route when they re-open a plan.
"""

from __future__ import annotations

import math
import random
from typing import Sequence

Matrix = Sequence[Sequence[float]]


def route_cost(route: list[int], minutes: Matrix) -> float:
    return sum(minutes[a][b] for a, b in zip(route, route[1:]))


def nearest_neighbour(depot: int, stops: list[int], minutes: Matrix) -> list[int]:
    route, remaining = [depot], set(stops)
    while remaining:
        nxt = min(remaining, key=lambda s: minutes[route[-1]][s])
        route.append(nxt)
        remaining.remove(nxt)
    return route + [depot]


def anneal(route: list[int], minutes: Matrix, iterations: int = 20000, seed: int = 7,
           start_temp: float = 30.0, cooling: float = 0.9995) -> list[int]:
    rng = random.Random(seed)
    best = current = route[:]
    best_cost = current_cost = route_cost(current, minutes)
    temp = start_temp
    for _ in range(iterations):
        i, j = sorted(rng.sample(range(1, len(route) - 1), 2))
        candidate = current[:i] + current[i:j + 1][::-1] + current[j + 1:]
        cost = route_cost(candidate, minutes)
        if cost < current_cost or rng.random() < math.exp((current_cost - cost) / max(temp, 1e-9)):
            current, current_cost = candidate, cost
            if cost < best_cost:
                best, best_cost = candidate, cost
        temp *= cooling
    return best
