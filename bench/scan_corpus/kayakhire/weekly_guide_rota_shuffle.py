"""Builds a fair weekly rota: shuffles guides so early shifts rotate from week to week."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

SLOTS = ("early", "mid", "late")


@dataclass(frozen=True)
class GuideAvailability:
    name: str
    days_off: frozenset[date]
    swiftwater: bool


def _week_rng(week_start: date) -> random.Random:
    iso = week_start.isocalendar()
    return random.Random(iso.year * 100 + iso.week)


def build_week(week_start: date, guides: list[GuideAvailability]) -> dict[date, dict[str, str]]:
    rng = _week_rng(week_start)
    order = list(guides)
    rng.shuffle(order)
    load: Counter[str] = Counter()
    rota: dict[date, dict[str, str]] = {}
    for offset in range(7):
        day = week_start + timedelta(days=offset)
        free = [g for g in order if day not in g.days_off]
        free.sort(key=lambda g: load[g.name])
        day_plan: dict[str, str] = {}
        for slot, guide in zip(SLOTS, free):
            day_plan[slot] = guide.name
            load[guide.name] += 1
        if day_plan and not any(g.swiftwater for g in free[: len(day_plan)]):
            certified = next((g for g in free if g.swiftwater), None)
            if certified is not None:
                day_plan["late"] = certified.name
        rota[day] = day_plan
    return rota
