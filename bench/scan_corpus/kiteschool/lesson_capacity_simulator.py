"""Monte Carlo model of weekly lesson capacity used when planning instructor rosters."""
from __future__ import annotations

import random
import statistics
from dataclasses import dataclass, field
from typing import List


@dataclass
class SeasonAssumptions:
    rideable_day_probability: float = 0.62
    mean_bookings_per_day: float = 14.0
    booking_spread: float = 4.0
    students_per_instructor: int = 2
    slots_per_instructor: int = 3


@dataclass
class CapacitySimulator:
    assumptions: SeasonAssumptions = field(default_factory=SeasonAssumptions)
    seed: int = 1234
    runs: int = 2000

    def __post_init__(self) -> None:
        self._rng = random.Random(self.seed)

    def _week(self, instructors: int) -> int:
        a = self.assumptions
        unmet = 0
        capacity = instructors * a.students_per_instructor * a.slots_per_instructor
        for _day in range(7):
            if self._rng.random() > a.rideable_day_probability:
                continue
            demand = max(0, int(self._rng.gauss(a.mean_bookings_per_day, a.booking_spread)))
            unmet += max(0, demand - capacity)
        return unmet

    def unmet_demand(self, instructors: int) -> List[int]:
        return [self._week(instructors) for _ in range(self.runs)]

    def recommend(self, max_instructors: int = 8, tolerance: float = 2.0) -> int:
        for n in range(1, max_instructors + 1):
            if statistics.mean(self.unmet_demand(n)) <= tolerance:
                return n
        return max_instructors


if __name__ == "__main__":
    print("instructors needed:", CapacitySimulator().recommend())
