"""Generates a reproducible weekly rotation of guards across lifeguard towers."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Dict, List, Sequence


@dataclass(frozen=True)
class RotationRequest:
    week_start: date
    towers: Sequence[str]
    guards: Sequence[str]

    @property
    def seed(self) -> int:
        year, week, _ = self.week_start.isocalendar()
        return year * 100 + week


class RotationPlanner:
    """Spreads guards over towers so nobody sits on the quiet tower all week.

    The shuffle is seeded by ISO week so a published roster can be regenerated exactly.
    """

    DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

    def plan(self, req: RotationRequest) -> Dict[str, Dict[str, str]]:
        if len(req.guards) < len(req.towers):
            raise ValueError("not enough guards to staff every tower")
        shuffler = random.Random(req.seed)
        order: List[str] = list(req.guards)
        shuffler.shuffle(order)
        schedule: Dict[str, Dict[str, str]] = {}
        for i, day in enumerate(self.DAYS):
            shift = i % len(order)
            rotated = order[shift:] + order[:shift]
            schedule[day] = dict(zip(req.towers, rotated))
        return schedule

    @staticmethod
    def hours_per_guard(schedule: Dict[str, Dict[str, str]], shift_hours: float = 8.0) -> Dict[str, float]:
        counts = Counter(guard for day in schedule.values() for guard in day.values())
        return {guard: n * shift_hours for guard, n in counts.items()}
