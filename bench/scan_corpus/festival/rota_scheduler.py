"""Assign volunteers to shifts for a festival day.

Volunteers with the same number of hours so far are shuffled so the same
people don't always get the first (and worst) slot. The shuffle is seeded
with the rota date so re-running the planner for a day gives the same rota.
"""
from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date


@dataclass
class Shift:
    id: int
    team: str
    hours: float
    needed: int
    assigned: list[int] = field(default_factory=list)


@dataclass
class Volunteer:
    id: int
    teams: set[str]
    hours_so_far: float = 0.0
    max_hours: float = 8.0


def plan_day(day: date, shifts: list[Shift], volunteers: list[Volunteer]) -> list[Shift]:
    rng = random.Random(day.toordinal())
    load: dict[int, float] = defaultdict(float)

    for shift in sorted(shifts, key=lambda s: s.hours, reverse=True):
        pool = [v for v in volunteers if shift.team in v.teams]
        rng.shuffle(pool)
        pool.sort(key=lambda v: v.hours_so_far + load[v.id])
        for vol in pool:
            if len(shift.assigned) >= shift.needed:
                break
            if vol.hours_so_far + load[vol.id] + shift.hours > vol.max_hours:
                continue
            shift.assigned.append(vol.id)
            load[vol.id] += shift.hours
    return shifts


def unfilled(shifts: list[Shift]) -> list[Shift]:
    return [s for s in shifts if len(s.assigned) < s.needed]
