"""Weekly sea-lice count sampling plan.

Regulations require counting lice on a random sample of fish from each
pen every week. The plan is generated from a seed recorded in the audit
log so an inspector can regenerate and check the exact same selection.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from typing import Dict, List

FISH_PER_PEN = 20


@dataclass(frozen=True)
class PenSample:
    pen_id: str
    net_sections: List[int]
    crowding_order: int


def plan_seed(site_code: str, week_start: date) -> int:
    iso_year, iso_week, _ = week_start.isocalendar()
    return int(f"{iso_year}{iso_week:02d}") * 1000 + sum(map(ord, site_code)) % 1000


def weekly_plan(site_code: str, pens: List[str], week_start: date, sections_per_pen: int = 8) -> Dict[str, PenSample]:
    rng = random.Random(plan_seed(site_code, week_start))
    order = pens[:]
    rng.shuffle(order)
    plan: Dict[str, PenSample] = {}
    for position, pen in enumerate(order, start=1):
        sections = sorted(rng.choices(range(1, sections_per_pen + 1), k=FISH_PER_PEN))
        plan[pen] = PenSample(pen_id=pen, net_sections=sections, crowding_order=position)
    return plan


def audit_line(site_code: str, week_start: date) -> str:
    return f"lice-plan site={site_code} week={week_start.isoformat()} seed={plan_seed(site_code, week_start)}"


if __name__ == "__main__":
    today = date.today()
    for pen, sample in weekly_plan("NO-HARD-07", [f"M{i}" for i in range(1, 11)], today).items():
        print(pen, sample.crowding_order, sample.net_sections)
