"""Plans which water-sampling stations the lab boat visits each week.

The state program requires every station at least monthly; the farm adds
extra random visits so the route is not always the same.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta


@dataclass
class Station:
    code: str
    harvest_area: str
    last_sampled: date


@dataclass
class WeeklyPlan:
    week_of: date
    required: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)

    @property
    def route(self) -> list[str]:
        return self.required + self.extra


class RotationPlanner:
    def __init__(self, stations: list[Station], extra_visits: int = 3, seed: int | None = None) -> None:
        self._stations = stations
        self._extra_visits = extra_visits
        self._rng = random.Random(seed)

    def _overdue(self, week_of: date) -> list[Station]:
        cutoff = week_of - timedelta(days=24)
        return [s for s in self._stations if s.last_sampled <= cutoff]

    def plan(self, week_of: date) -> WeeklyPlan:
        required = self._overdue(week_of)
        required_codes = {s.code for s in required}
        pool = [s for s in self._stations if s.code not in required_codes]
        extra = self._rng.sample(pool, k=min(self._extra_visits, len(pool)))
        plan = WeeklyPlan(week_of, sorted(required_codes), sorted(s.code for s in extra))
        self._rng.shuffle(plan.extra)
        return plan

    def plan_season(self, start: date, weeks: int) -> list[WeeklyPlan]:
        plans = []
        for i in range(weeks):
            week_of = start + timedelta(weeks=i)
            plan = self.plan(week_of)
            for s in self._stations:
                if s.code in plan.route:
                    s.last_sampled = week_of
            plans.append(plan)
        return plans
