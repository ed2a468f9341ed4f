"""Sampling plan for peat depth and vegetation surveys.

The monitoring protocol asks for a stratified random selection of quadrats
in each restoration unit. The selection must be reproducible so that the
verifier can re-derive the same plots from the site code and monitoring
year when auditing a carbon-credit verification report.
"""

import random
from collections import defaultdict
from dataclasses import dataclass


@dataclass(frozen=True)
class Quadrat:
    quadrat_id: str
    unit: str
    easting: float
    northing: float


def plan_seed(site_code: str, year: int) -> str:
    return f"{site_code.upper()}-{year}"


def select_quadrats(quadrats: list[Quadrat], per_unit: int, site_code: str, year: int) -> dict[str, list[Quadrat]]:
    rng = random.Random(plan_seed(site_code, year))
    by_unit: dict[str, list[Quadrat]] = defaultdict(list)
    for quadrat in quadrats:
        by_unit[quadrat.unit].append(quadrat)
    plan = {}
    for unit in sorted(by_unit):
        candidates = sorted(by_unit[unit], key=lambda q: q.quadrat_id)
        plan[unit] = rng.sample(candidates, min(per_unit, len(candidates)))
    return plan


def walking_route(selected: list[Quadrat], start: tuple[float, float]) -> list[Quadrat]:
    remaining = list(selected)
    route = []
    here = start
    while remaining:
        nearest = min(remaining, key=lambda q: (q.easting - here[0]) ** 2 + (q.northing - here[1]) ** 2)
        route.append(nearest)
        remaining.remove(nearest)
        here = (nearest.easting, nearest.northing)
    return route


def plan_as_rows(plan: dict[str, list[Quadrat]]) -> list[dict]:
    return [
        {"unit": unit, "quadrat": q.quadrat_id, "easting": round(q.easting, 1), "northing": round(q.northing, 1)}
        for unit, quads in plan.items()
        for q in quads
    ]
