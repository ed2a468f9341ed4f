"""Build the running order for a pipe band rehearsal evening.

Sets are rotated so that no tune is always played first while the drones are
still settling, and a few chanters are spot-checked for tuning each week.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import List, Sequence


@dataclass
class TuneSet:
    name: str
    minutes: int
    tunes: List[str] = field(default_factory=list)


@dataclass
class RehearsalSlot:
    start: datetime
    set_name: str
    minutes: int


@dataclass
class RehearsalPlan:
    band: str
    evening: date
    slots: List[RehearsalSlot]
    tuning_checks: List[str]


def running_order(sets: Sequence[TuneSet], rng: random.Random | None = None) -> List[TuneSet]:
    rng = rng or random.Random()
    order = list(sets)
    rng.shuffle(order)
    return order


def pick_tuning_checks(players: Sequence[str], count: int = 3) -> List[str]:
    if count >= len(players):
        return list(players)
    return random.sample(list(players), count)


def plan_evening(
    band: str,
    evening: date,
    sets: Sequence[TuneSet],
    players: Sequence[str],
    start: time = time(19, 30),
    tuning_minutes: int = 15,
) -> RehearsalPlan:
    cursor = datetime.combine(evening, start) + timedelta(minutes=tuning_minutes)
    slots: List[RehearsalSlot] = []
    for tune_set in running_order(sets):
        slots.append(RehearsalSlot(cursor, tune_set.name, tune_set.minutes))
        cursor += timedelta(minutes=tune_set.minutes + 2)
    return RehearsalPlan(band, evening, slots, pick_tuning_checks(players))


def format_plan(plan: RehearsalPlan) -> str:
    lines = [f"{plan.band} rehearsal - {plan.evening:%A %d %B}"]
    for slot in plan.slots:
        lines.append(f"  {slot.start:%H:%M}  {slot.set_name} ({slot.minutes} min)")
    if plan.tuning_checks:
        lines.append("  Chanter checks: " + ", ".join(plan.tuning_checks))
    return "\n".join(lines)
