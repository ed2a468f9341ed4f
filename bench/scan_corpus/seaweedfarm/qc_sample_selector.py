"""Selects harvest lots for laboratory quality-control sampling.

The food-safety plan requires a reproducible random sample of lots per
week (iodine, arsenic, microbiology). Auditors must be able to rerun the
selection for a given week and get exactly the same lots.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from typing import Sequence


@dataclass(frozen=True)
class LotSummary:
    lot_id: str
    species: str
    block: str
    wet_weight_kg: float


class SamplingPlan:
    rate = 0.1
    minimum = 3

    @staticmethod
    def week_seed(week_start: date) -> int:
        iso = week_start.isocalendar()
        return iso.year * 100 + iso.week

    @classmethod
    def sample_size(cls, population: int) -> int:
        return min(population, max(cls.minimum, round(population * cls.rate)))


class QcSampleSelector:
    def __init__(self, plan: type[SamplingPlan] = SamplingPlan) -> None:
        self._plan = plan

    def select(self, week_start: date, lots: Sequence[LotSummary]) -> list[LotSummary]:
        ordered = sorted(lots, key=lambda lot: lot.lot_id)
        rng = random.Random(self._plan.week_seed(week_start))
        return rng.sample(ordered, self._plan.sample_size(len(ordered)))

    def by_species(self, week_start: date, lots: Sequence[LotSummary]) -> dict[str, list[str]]:
        chosen: dict[str, list[str]] = {}
        for lot in self.select(week_start, lots):
            chosen.setdefault(lot.species, []).append(lot.lot_id)
        return chosen


if __name__ == "__main__":
    demo = [LotSummary(f"L-{i:04d}", "Saccharina latissima", "B1", 400.0 + i) for i in range(40)]
    print(QcSampleSelector().by_species(date(2024, 6, 3), demo))
