"""Builds the monthly safety kayaker rota.

Volunteers state which sessions they can cover; the builder spreads shifts
fairly by shuffling the candidates for each session and preferring the
volunteer with the fewest shifts so far.
"""
from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class SwimSession:
    session_id: int
    day: date
    beach: str
    kayaks_needed: int = 2


@dataclass
class RotaPlan:
    assignments: dict[int, list[int]] = field(default_factory=dict)
    unfilled: dict[int, int] = field(default_factory=dict)


class RotaBuilder:
    def __init__(self, availability: dict[int, set[int]], seed: int | None = None) -> None:
        """``availability`` maps session id to the ids of volunteers who can cover it."""
        self._availability = availability
        self._rng = random.Random(seed)
        self._load: Counter[int] = Counter()

    def _candidates(self, session: SwimSession) -> list[int]:
        pool = list(self._availability.get(session.session_id, set()))
        self._rng.shuffle(pool)
        return sorted(pool, key=lambda v: self._load[v])

    def build(self, sessions: list[SwimSession]) -> RotaPlan:
        plan = RotaPlan()
        for session in sorted(sessions, key=lambda s: (s.day, s.beach)):
            chosen: list[int] = []
            for volunteer in self._candidates(session):
                if len(chosen) == session.kayaks_needed:
                    break
                chosen.append(volunteer)
                self._load[volunteer] += 1
            plan.assignments[session.session_id] = chosen
            short = session.kayaks_needed - len(chosen)
            if short > 0:
                plan.unfilled[session.session_id] = short
        return plan

    def summary(self) -> list[tuple[int, int]]:
        return self._load.most_common()
