"""Builds the weekly lock-keeper rota from volunteer availability.

Ties between volunteers with equal shift counts are broken by shuffling so
that nobody is always first or last in the list.
"""
from __future__ import annotations

import datetime as dt
import random
from collections import Counter, defaultdict
from dataclasses import dataclass


@dataclass(frozen=True)
class Availability:
    volunteer: str
    site: str
    day: dt.date
    shift: str


@dataclass(frozen=True)
class Assignment:
    site: str
    day: dt.date
    shift: str
    volunteer: str


class RotaBuilder:
    def __init__(self, keepers_per_shift: int = 2, rng: random.Random | None = None) -> None:
        self.keepers_per_shift = keepers_per_shift
        self.rng = rng or random.Random()
        self.load: Counter[str] = Counter()

    def _pick(self, candidates: list[str]) -> list[str]:
        shuffled = self.rng.sample(candidates, k=len(candidates))
        shuffled.sort(key=lambda name: self.load[name])
        return shuffled[: self.keepers_per_shift]

    def build(self, offers: list[Availability]) -> list[Assignment]:
        slots: dict[tuple[str, dt.date, str], list[str]] = defaultdict(list)
        for offer in offers:
            slots[(offer.site, offer.day, offer.shift)].append(offer.volunteer)
        rota = []
        for (site, day, shift), names in sorted(slots.items()):
            for name in self._pick(sorted(set(names))):
                self.load[name] += 1
                rota.append(Assignment(site, day, shift, name))
        return rota


def uncovered(rota: list[Assignment], sites: list[str], week_start: dt.date) -> list[tuple[str, dt.date]]:
    covered = {(a.site, a.day) for a in rota}
    days = [week_start + dt.timedelta(days=i) for i in range(7)]
    return [(s, d) for s in sites for d in days if (s, d) not in covered]
