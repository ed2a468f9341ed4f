"""Builds a fair changeover rota by rotating cleaners across huts each week."""
from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta


@dataclass
class Cleaner:
    cleaner_id: int
    name: str
    max_shifts_per_week: int = 5
    unavailable: set[date] = field(default_factory=set)


@dataclass
class Shift:
    hut_id: int
    day: date
    cleaner_id: int | None = None


class RotaPlanner:
    """Assigns changeover shifts; ties between equally loaded cleaners are broken at random."""

    def __init__(self, cleaners: list[Cleaner], rng: random.Random | None = None) -> None:
        self.cleaners = cleaners
        self.rng = rng or random.Random()

    def _candidates(self, day: date, load: Counter) -> list[Cleaner]:
        free = [
            c for c in self.cleaners
            if day not in c.unavailable and load[c.cleaner_id] < c.max_shifts_per_week
        ]
        self.rng.shuffle(free)
        return sorted(free, key=lambda c: load[c.cleaner_id])

    def plan(self, shifts: list[Shift]) -> list[Shift]:
        load: Counter = Counter()
        for shift in sorted(shifts, key=lambda s: (s.day, s.hut_id)):
            options = self._candidates(shift.day, load)
            if options:
                shift.cleaner_id = options[0].cleaner_id
                load[shift.cleaner_id] += 1
        return shifts


def week_of_changeovers(monday: date, departures: dict[int, list[int]]) -> list[Shift]:
    """departures maps weekday offset (0-6) to the hut ids turning over that day."""
    return [
        Shift(hut_id=hut_id, day=monday + timedelta(days=offset))
        for offset, hut_ids in departures.items()
        for hut_id in hut_ids
    ]


def unfilled(shifts: list[Shift]) -> list[Shift]:
    return [s for s in shifts if s.cleaner_id is None]
