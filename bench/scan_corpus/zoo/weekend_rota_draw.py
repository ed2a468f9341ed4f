"""Fair allocation of weekend and bank-holiday shifts between keepers.

The draw is seeded with the ISO week so that re-running the planner for the
same week gives the same allocation (section leads compare drafts).
"""

import random
from collections import Counter
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Keeper:
    staff_no: str
    name: str
    sections: frozenset[str]


def _rng_for_week(day: date) -> random.Random:
    year, week, _ = day.isocalendar()
    return random.Random(year * 100 + week)


def allocate(weekend: date, slots: dict[str, int], keepers: list[Keeper],
             history: Counter) -> dict[str, list[Keeper]]:
    """Pick keepers for each section, favouring those with fewer recent weekends.

    `slots` maps section code to the number of keepers needed; `history`
    counts weekends worked per staff number over the last quarter.
    """
    rng = _rng_for_week(weekend)
    taken: set[str] = set()
    plan: dict[str, list[Keeper]] = {}
    for section, needed in sorted(slots.items()):
        pool = [k for k in keepers if section in k.sections and k.staff_no not in taken]
        rng.shuffle(pool)
        pool.sort(key=lambda k: history[k.staff_no])
        chosen = pool[:needed]
        taken.update(k.staff_no for k in chosen)
        plan[section] = chosen
    return plan


def summary(plan: dict[str, list[Keeper]]) -> str:
    lines = []
    for section, people in plan.items():
        names = ", ".join(k.name for k in people) or "(unfilled)"
        lines.append(f"{section:<12} {names}")
    return "\n".join(lines)
