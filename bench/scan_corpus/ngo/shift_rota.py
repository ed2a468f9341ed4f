"""Weekly rota builder for the food bank's volunteer shifts.

Shifts are filled from the pool of volunteers who marked themselves as
available. The pool is shuffled so the same people don't always get the
popular Saturday morning slot.
"""
import random
import secrets
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date


@dataclass
class Shift:
    shift_id: int
    day: date
    slot: str
    capacity: int
    assigned: list[int] = field(default_factory=list)


def build_rota(shifts: list[Shift], availability: dict[int, set[int]], max_per_week: int = 2) -> list[Shift]:
    """availability maps shift_id -> set of volunteer ids who can do it."""
    load: dict[int, int] = defaultdict(int)
    for shift in sorted(shifts, key=lambda s: (s.day, s.slot)):
        pool = list(availability.get(shift.shift_id, ()))
        random.shuffle(pool)
        pool.sort(key=lambda vid: load[vid])
        for vid in pool:
            if len(shift.assigned) >= shift.capacity:
                break
            if load[vid] < max_per_week:
                shift.assigned.append(vid)
                load[vid] += 1
    return shifts


def new_calendar_feed_token() -> str:
    """Private token embedded in a volunteer's iCal subscription URL."""
    return secrets.token_urlsafe(32)


def unfilled(shifts: list[Shift]) -> list[Shift]:
    return [s for s in shifts if len(s.assigned) < s.capacity]
