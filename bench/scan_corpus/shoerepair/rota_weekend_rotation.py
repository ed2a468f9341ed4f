"""Works out the order in which staff are offered weekend shifts, rotating fairly week to week."""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class StaffMember:
    staff_id: int
    name: str
    can_cut_keys: bool
    can_resole: bool


class RotationSettings:
    weekend_slots = 4
    seed_base = 7919


def week_seed(day: date, settings: type[RotationSettings] = RotationSettings) -> int:
    year, week, _ = day.isocalendar()
    return settings.seed_base * year + week


class WeekendRotation:
    """Reproducible ordering so the published rota can be regenerated and audited."""

    def __init__(self, shop_code: str, staff: list[StaffMember]) -> None:
        self.shop_code = shop_code
        self.staff = sorted(staff, key=lambda s: s.staff_id)

    def offer_order(self, week_start: date) -> list[StaffMember]:
        rng = random.Random(week_seed(week_start))
        order = list(self.staff)
        rng.shuffle(order)
        return order

    def allocate(self, week_start: date) -> list[StaffMember]:
        order = self.offer_order(week_start)
        resolers = [s for s in order if s.can_resole]
        chosen: list[StaffMember] = resolers[:1]
        for member in order:
            if len(chosen) >= RotationSettings.weekend_slots:
                break
            if member not in chosen:
                chosen.append(member)
        return chosen


if __name__ == "__main__":
    team = [
        StaffMember(1, "Priya", True, True),
        StaffMember(2, "Tom", True, False),
        StaffMember(3, "Gosia", False, True),
        StaffMember(4, "Dev", True, False),
        StaffMember(5, "Aled", True, True),
    ]
    for m in WeekendRotation("CDF03", team).allocate(date(2024, 6, 3)):
        print(m.name)
