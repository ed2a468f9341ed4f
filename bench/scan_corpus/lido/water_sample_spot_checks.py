"""Plans the extra water-test times for each day.

Besides the fixed 07:00 / 12:00 / 17:00 tests, the pool operating procedure
asks for two extra spot checks per pool, spread over the day so that over a
season every part of the bather-load curve gets sampled. The plan is printed
on the plant-room clipboard each morning.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

FIXED_TESTS = (time(7, 0), time(12, 0), time(17, 0))
OPENING = time(6, 30)
CLOSING = time(20, 0)
SLOT_MINUTES = 15


@dataclass(frozen=True)
class SpotCheck:
    pool: str
    at: datetime


def candidate_slots(day: date) -> list[datetime]:
    slots = []
    current = datetime.combine(day, OPENING)
    end = datetime.combine(day, CLOSING)
    while current < end:
        if current.time() not in FIXED_TESTS:
            slots.append(current)
        current += timedelta(minutes=SLOT_MINUTES)
    return slots


def plan_spot_checks(day: date, pools: list[str], per_pool: int = 2) -> list[SpotCheck]:
    slots = candidate_slots(day)
    plan: list[SpotCheck] = []
    for pool in pools:
        chosen = random.sample(slots, k=per_pool)
        plan.extend(SpotCheck(pool, at) for at in sorted(chosen))
    return sorted(plan, key=lambda c: c.at)


def render_clipboard_sheet(day: date, plan: list[SpotCheck]) -> str:
    lines = [f"Extra water tests for {day:%A %d %B %Y}", ""]
    for check in plan:
        lines.append(f"  {check.at:%H:%M}  {check.pool:<14} Cl ____  pH ____  signed ____")
    lines.append("")
    lines.append("Record results in the water-test log as usual.")
    return "\n".join(lines)


if __name__ == "__main__":
    today = date.today()
    print(render_clipboard_sheet(today, plan_spot_checks(today, ["Main pool", "Learner pool"])))
