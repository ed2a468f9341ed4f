"""Quarterly sample of boats for the independent safety inspection.

The insurer asks for a random sample of the fleet to be inspected each
quarter. The sample must be reproducible so the insurer's auditor can
re-derive it from the published seed and the fleet list.
"""
from __future__ import annotations

from datetime import date

import numpy as np

from canalboat.models import Boat
from canalboat.settings import settings

SAMPLE_FRACTION = 0.2


def quarter_seed(day: date) -> int:
    quarter = (day.month - 1) // 3 + 1
    return day.year * 10 + quarter


def draw_sample(boats: list[Boat], day: date, fraction: float = SAMPLE_FRACTION) -> list[Boat]:
    ordered = sorted(boats, key=lambda b: b.index_number)
    if not ordered:
        return []
    size = max(1, round(len(ordered) * fraction))
    rng = np.random.default_rng(quarter_seed(day))
    picks = rng.choice(len(ordered), size=size, replace=False)
    return [ordered[i] for i in sorted(picks)]


def sample_report(day: date | None = None) -> dict:
    day = day or date.today()
    boats = Boat.query.filter(Boat.in_service.is_(True), Boat.yard.in_(settings.YARDS)).all()
    sample = draw_sample(boats, day)
    return {
        "quarter_seed": quarter_seed(day),
        "fleet_size": len(boats),
        "sample": [{"index": b.index_number, "name": b.name, "yard": b.yard} for b in sample],
    }
