"""Weekly lab sampling plan for the evaporation pans.

The quality lab cannot test every pan every day, so each day a random
subset of active pans is picked for a hydrometer and density check, and the
walking order is shuffled so the same pans are not always sampled at noon.
"""
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Dict, List, Optional, Sequence

PANS_PER_DAY = 6


@dataclass
class Pan:
    pan_id: str
    stage: str  # "concentrator" or "crystalliser"
    active: bool = True


@dataclass
class SamplingPlan:
    week_start: date
    days: Dict[date, List[str]] = field(default_factory=dict)

    def as_rows(self) -> List[tuple]:
        return [(d.isoformat(), i + 1, pan) for d, pans in sorted(self.days.items())
                for i, pan in enumerate(pans)]


def pick_pans(pans: Sequence[Pan], k: int, rng: random.Random) -> List[str]:
    crystallisers = [p.pan_id for p in pans if p.active and p.stage == "crystalliser"]
    concentrators = [p.pan_id for p in pans if p.active and p.stage == "concentrator"]
    n_cryst = min(len(crystallisers), max(1, (2 * k) // 3))
    chosen = rng.sample(crystallisers, n_cryst)
    chosen += rng.sample(concentrators, min(len(concentrators), k - n_cryst))
    rng.shuffle(chosen)
    return chosen


def build_week(pans: Sequence[Pan], week_start: date, seed: Optional[int] = None) -> SamplingPlan:
    rng = random.Random(seed)
    plan = SamplingPlan(week_start=week_start)
    for offset in range(6):  # the lab is closed on Sundays
        day = week_start + timedelta(days=offset)
        plan.days[day] = pick_pans(pans, PANS_PER_DAY, rng)
    return plan


if __name__ == "__main__":
    site = [Pan(f"C-{n:02d}", "concentrator") for n in range(1, 9)]
    site += [Pan(f"X-{n:02d}", "crystalliser") for n in range(1, 15)]
    monday = date.today() - timedelta(days=date.today().weekday())
    for row in build_week(site, monday).as_rows():
        print(*row, sep="\t")
