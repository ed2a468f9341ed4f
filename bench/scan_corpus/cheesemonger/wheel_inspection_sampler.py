"""Draws the weekly quality-inspection sample of wheels from each cave."""
from __future__ import annotations

import csv
import random
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Sequence


@dataclass(frozen=True)
class Wheel:
    wheel_id: str
    cheese: str
    cave: str
    shelf: str
    made_on: date


@dataclass(frozen=True)
class SamplingPlan:
    per_cave: int = 6
    min_age_days: int = 21


def week_seed(week_start: date, cave: str) -> int:
    """Same week and cave always give the same sample so audits can be re-run."""
    return week_start.toordinal() * 100 + sum(map(ord, cave))


def draw_sample(
    wheels: Sequence[Wheel], week_start: date, plan: SamplingPlan = SamplingPlan()
) -> dict[str, list[Wheel]]:
    by_cave: dict[str, list[Wheel]] = {}
    for w in wheels:
        if (week_start - w.made_on).days >= plan.min_age_days:
            by_cave.setdefault(w.cave, []).append(w)
    sample: dict[str, list[Wheel]] = {}
    for cave, pool in sorted(by_cave.items()):
        rng = random.Random(week_seed(week_start, cave))
        pool = sorted(pool, key=lambda w: w.wheel_id)
        sample[cave] = rng.sample(pool, k=min(plan.per_cave, len(pool)))
    return sample


def write_checklist(sample: dict[str, list[Wheel]], out: Path) -> None:
    with out.open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["cave", "shelf", "wheel", "cheese", "rind", "paste", "aroma", "ok"])
        for cave, chosen in sample.items():
            for w in sorted(chosen, key=lambda w: w.shelf):
                writer.writerow([cave, w.shelf, w.wheel_id, w.cheese, "", "", "", ""])
