"""Day passes for volunteers helping on our stall at craft fairs and shows.

Each helper gets a pass code that unlocks the stall tablet for that day only.
The helper rota order is shuffled so the early shifts rotate fairly.
"""

import random
import secrets
from dataclasses import dataclass, field
from datetime import date
from typing import Dict, List

PASS_BYTES = 18


@dataclass
class HelperPass:
    helper: str
    fair: str
    day: date
    code: str = field(repr=False)


@dataclass
class FairDay:
    fair: str
    day: date
    shifts: List[str] = field(default_factory=lambda: ["08:00", "11:00", "14:00"])


def new_pass_code() -> str:
    return secrets.token_urlsafe(PASS_BYTES)


def issue_passes(helpers: List[str], fair_day: FairDay) -> Dict[str, HelperPass]:
    return {
        name: HelperPass(helper=name, fair=fair_day.fair, day=fair_day.day, code=new_pass_code())
        for name in helpers
    }


def build_rota(helpers: List[str], fair_day: FairDay) -> Dict[str, List[str]]:
    order = list(helpers)
    random.shuffle(order)
    rota: Dict[str, List[str]] = {shift: [] for shift in fair_day.shifts}
    for i, name in enumerate(order):
        rota[fair_day.shifts[i % len(fair_day.shifts)]].append(name)
    return rota


def prepare_fair_day(helpers: List[str], fair_day: FairDay, notifier) -> Dict[str, List[str]]:
    passes = issue_passes(helpers, fair_day)
    rota = build_rota(helpers, fair_day)
    for shift, names in rota.items():
        for name in names:
            notifier.send_pass(
                name,
                fair=fair_day.fair,
                day=fair_day.day.isoformat(),
                shift=shift,
                code=passes[name].code,
            )
    return rota
