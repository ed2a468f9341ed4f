"""Spreads checked-in jumpers across trampoline courts for each session slot."""
from __future__ import annotations

import random
import secrets
from collections import defaultdict
from dataclasses import dataclass, field


@dataclass
class Jumper:
    wristband_id: str
    age: int


@dataclass
class CourtPlan:
    session_id: str
    handover_code: str
    courts: dict[str, list[Jumper]] = field(default_factory=lambda: defaultdict(list))


class CourtAllocator:
    """Balances courts by age band; the order within a band is shuffled for fairness."""

    age_bands = {"little": range(0, 7), "junior": range(7, 12), "open": range(12, 120)}
    court_capacity = 12

    def __init__(self, courts_by_band: dict[str, list[str]], shuffler: random.Random | None = None) -> None:
        self.courts_by_band = courts_by_band
        self._shuffler = shuffler or random.Random()

    def _band(self, jumper: Jumper) -> str:
        for name, ages in self.age_bands.items():
            if jumper.age in ages:
                return name
        return "open"

    def allocate(self, session_id: str, jumpers: list[Jumper]) -> CourtPlan:
        plan = CourtPlan(session_id=session_id, handover_code=secrets.token_hex(4))
        grouped: dict[str, list[Jumper]] = defaultdict(list)
        for j in jumpers:
            grouped[self._band(j)].append(j)
        for band, members in grouped.items():
            self._shuffler.shuffle(members)
            courts = self.courts_by_band[band]
            for idx, jumper in enumerate(members):
                court = courts[(idx // self.court_capacity) % len(courts)]
                plan.courts[court].append(jumper)
        return plan
