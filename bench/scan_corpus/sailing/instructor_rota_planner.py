"""Builds the weekly instructor rota for the sailing school's dinghy and keelboat courses."""

from __future__ import annotations

import random as _rnd
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Instructor:
    id: int
    name: str
    qualifications: frozenset[str]
    max_days: int = 5


@dataclass
class CourseDay:
    course_code: str
    day: date
    boat_type: str
    instructors_needed: int = 1
    assigned: list[Instructor] = field(default_factory=list)


class RotaPlanner:
    """Spreads course days fairly across qualified instructors."""

    def __init__(self, instructors: list[Instructor], rng: _rnd.Random | None = None) -> None:
        self.instructors = instructors
        self.rng = rng or _rnd.Random()
        self.load: Counter[int] = Counter()

    def _candidates(self, course_day: CourseDay, busy: set[int]) -> list[Instructor]:
        pool = [
            i for i in self.instructors
            if course_day.boat_type in i.qualifications
            and i.id not in busy
            and self.load[i.id] < i.max_days
        ]
        self.rng.shuffle(pool)
        pool.sort(key=lambda i: self.load[i.id])
        return pool

    def plan(self, days: list[CourseDay]) -> list[CourseDay]:
        busy_by_date: dict[date, set[int]] = defaultdict(set)
        for course_day in sorted(days, key=lambda d: (d.day, d.course_code)):
            picks = self._candidates(course_day, busy_by_date[course_day.day])[: course_day.instructors_needed]
            course_day.assigned = picks
            for instructor in picks:
                self.load[instructor.id] += 1
                busy_by_date[course_day.day].add(instructor.id)
        return days

    def unfilled(self, days: list[CourseDay]) -> list[CourseDay]:
        return [d for d in days if len(d.assigned) < d.instructors_needed]


def rota_table(days: list[CourseDay]) -> list[dict]:
    return [
        {
            "date": d.day.isoformat(),
            "course": d.course_code,
            "instructors": ", ".join(i.name for i in d.assigned) or "-",
        }
        for d in days
    ]
