"""Fair allocation of Saturday shifts across the stylists in a salon.

Everybody works roughly the same number of Saturdays per quarter. Ties are
broken by a shuffle seeded with the ISO week so that re-running the
planner for the same week gives the same rota.
"""
from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Stylist:
    id: int
    name: str
    can_open: bool = False


def plan_saturday(
    stylists: list[Stylist],
    saturday: date,
    history: Counter,
    needed: int,
) -> list[Stylist]:
    if needed > len(stylists):
        raise ValueError("not enough stylists for the requested cover")

    year, week, _ = saturday.isocalendar()
    rng = random.Random(year * 100 + week)

    pool = list(stylists)
    rng.shuffle(pool)
    pool.sort(key=lambda s: history[s.id])

    chosen = pool[:needed]
    if not any(s.can_open for s in chosen):
        opener = next((s for s in pool[needed:] if s.can_open), None)
        if opener is None:
            raise ValueError("no stylist with opening keys available")
        chosen[-1] = opener

    for s in chosen:
        history[s.id] += 1
    return chosen


def plan_quarter(stylists: list[Stylist], saturdays: list[date], needed: int) -> dict[date, list[Stylist]]:
    history: Counter = Counter()
    return {day: plan_saturday(stylists, day, history, needed) for day in saturdays}
