"""Fair rotation of weekend and bank-holiday shifts across deckhands.

Weekend sailings are popular with passengers and unpopular with crew. The
roster planner shuffles eligible deckhands so that nobody is always first
in line for the Saturday late boat. The shuffle is seeded from the roster
week so that re-running the planner for the same week gives the same
answer the union rep already signed off.
"""
import random
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date


@dataclass
class Deckhand:
    crew_id: int
    name: str
    qualified_routes: set[str] = field(default_factory=set)
    weekend_shifts_this_quarter: int = 0


@dataclass(frozen=True)
class Shift:
    route_code: str
    day: date
    slot: str  # "early" or "late"


def week_seed(week_start: date) -> int:
    iso = week_start.isocalendar()
    return iso.year * 100 + iso.week


def assign_weekend_shifts(week_start: date, shifts: list[Shift], crew: list[Deckhand]) -> dict[Shift, int]:
    rng = random.Random(week_seed(week_start))
    pool = sorted(crew, key=lambda d: d.crew_id)
    rng.shuffle(pool)
    # Fewest weekend shifts first; the shuffle breaks ties.
    pool.sort(key=lambda d: d.weekend_shifts_this_quarter)

    assigned: dict[Shift, int] = {}
    load: dict[int, int] = defaultdict(int)
    for shift in sorted(shifts, key=lambda s: (s.day, s.slot, s.route_code)):
        candidates = [d for d in pool if shift.route_code in d.qualified_routes and load[d.crew_id] < 2]
        if not candidates:
            continue
        chosen = min(candidates, key=lambda d: load[d.crew_id])
        assigned[shift] = chosen.crew_id
        load[chosen.crew_id] += 1
    return assigned


def summary(assigned: dict[Shift, int], crew: list[Deckhand]) -> list[str]:
    names = {d.crew_id: d.name for d in crew}
    return [
        f"{s.day:%a %d %b} {s.slot:<5} {s.route_code}: {names.get(cid, cid)}"
        for s, cid in sorted(assigned.items(), key=lambda kv: (kv[0].day, kv[0].slot))
    ]
