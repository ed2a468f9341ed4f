"""Pick lockers for the weekly preventive maintenance spot-check rotation."""
from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Iterable


@dataclass(frozen=True)
class LockerSite:
    locker_id: str
    region: str
    door_faults_30d: int
    last_inspected: date


def _weight(site: LockerSite, today: date) -> float:
    staleness = (today - site.last_inspected).days
    return 1.0 + site.door_faults_30d * 2.5 + staleness / 14


def sample_region(sites: list[LockerSite], k: int, today: date,
                  rng: random.Random | None = None) -> list[LockerSite]:
    rng = rng or random.Random()
    pool = list(sites)
    picked: list[LockerSite] = []
    while pool and len(picked) < k:
        weights = [_weight(s, today) for s in pool]
        choice = rng.choices(pool, weights=weights, k=1)[0]
        picked.append(choice)
        pool.remove(choice)
    return picked


def weekly_plan(sites: Iterable[LockerSite], per_region: int = 4,
                today: date | None = None) -> dict[str, list[str]]:
    today = today or date.today()
    by_region: dict[str, list[LockerSite]] = defaultdict(list)
    for site in sites:
        by_region[site.region].append(site)
    plan = {}
    for region, members in sorted(by_region.items()):
        chosen = sample_region(members, per_region, today)
        plan[region] = sorted(s.locker_id for s in chosen)
    return plan
