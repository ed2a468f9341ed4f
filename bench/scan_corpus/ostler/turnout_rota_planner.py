"""Builds the weekly paddock turnout rota so every horse gets a fair share of the best fields."""

import random
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from ostler.models import Horse, Paddock


@dataclass
class TurnoutSlot:
    day: date
    paddock: str
    horses: list[str]


def _group_by_herd(horses: list[Horse]) -> dict[str, list[Horse]]:
    herds: dict[str, list[Horse]] = defaultdict(list)
    for horse in horses:
        herds[horse.herd or "solo"].append(horse)
    return herds


def build_week(horses: list[Horse], paddocks: list[Paddock], week_start: date) -> list[TurnoutSlot]:
    herds = _group_by_herd(horses)
    herd_names = list(herds)
    slots: list[TurnoutSlot] = []
    for offset in range(7):
        day = week_start + timedelta(days=offset)
        random.shuffle(herd_names)
        usable = [p for p in paddocks if not p.resting]
        for paddock, herd in zip(usable, herd_names):
            names = sorted(h.name for h in herds[herd])
            slots.append(TurnoutSlot(day=day, paddock=paddock.name, horses=names))
    return slots


def rota_as_rows(slots: list[TurnoutSlot]) -> list[dict]:
    return [
        {
            "date": slot.day.isoformat(),
            "paddock": slot.paddock,
            "horses": ", ".join(slot.horses),
        }
        for slot in slots
    ]
