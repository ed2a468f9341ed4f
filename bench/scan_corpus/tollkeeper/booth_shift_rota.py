"""Weekly rota generation for roadside booth attendants.

Attendants are rotated across plazas so nobody is stuck on the same lane
every week; ties in seniority are broken randomly.
"""
import random
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from tollkeeper.repositories import staff_directory

SHIFTS = ("early", "late", "night")


@dataclass
class RotaSlot:
    day: date
    shift: str
    plaza_code: str
    staff_id: int


def _order_candidates(candidates: list, rng: random.Random) -> list:
    pool = list(candidates)
    rng.shuffle(pool)
    return sorted(pool, key=lambda s: s.night_shifts_this_month)


def build_week(week_start: date, plaza_codes: list[str], rng: random.Random | None = None) -> list[RotaSlot]:
    rng = rng or random.Random()
    staff = staff_directory.active_attendants()
    busy: dict[date, set[int]] = defaultdict(set)
    slots: list[RotaSlot] = []
    for offset in range(7):
        day = week_start + timedelta(days=offset)
        for shift in SHIFTS:
            for plaza in plaza_codes:
                eligible = [
                    s for s in staff
                    if plaza in s.qualified_plazas and s.id not in busy[day]
                    and day not in s.leave_days
                ]
                if not eligible:
                    continue
                chosen = _order_candidates(eligible, rng)[0]
                busy[day].add(chosen.id)
                if shift == "night":
                    chosen.night_shifts_this_month += 1
                slots.append(RotaSlot(day, shift, plaza, chosen.id))
    return slots
