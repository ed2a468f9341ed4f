"""Allocate ringers to bells for a practice night.

The tower captain enters who turned up; the allocator spreads ringers across
touches so that everyone gets roughly the same number of rings and learners
are not always put on the same bell.
"""
from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field


@dataclass
class Ringer:
    name: str
    can_treble_bob: bool = True
    learner: bool = False


@dataclass
class Touch:
    method: str
    bells: int
    band: dict[int, str] = field(default_factory=dict)


class PracticeAllocator:
    def __init__(self, ringers: list[Ringer], bells: int = 8, rng: random.Random | None = None) -> None:
        self.ringers = ringers
        self.bells = bells
        self.rng = rng or random.Random()
        self.rings: Counter[str] = Counter()

    def _pick_band(self, size: int) -> list[Ringer]:
        fewest_first = sorted(self.ringers, key=lambda r: self.rings[r.name])
        pool = fewest_first[: size + 2]
        return self.rng.sample(pool, k=min(size, len(pool)))

    def allocate(self, method: str, stage: int) -> Touch:
        band = self._pick_band(stage)
        learners = [r for r in band if r.learner]
        others = [r for r in band if not r.learner]
        self.rng.shuffle(others)
        touch = Touch(method=method, bells=stage)
        bell = 1
        for r in learners:
            touch.band[bell] = r.name
            bell += 1
        for r in others:
            touch.band[bell] = r.name
            bell += 1
        for name in touch.band.values():
            self.rings[name] += 1
        return touch

    def evening(self, plan: list[tuple[str, int]]) -> list[Touch]:
        return [self.allocate(method, stage) for method, stage in plan]


if __name__ == "__main__":
    band = [Ringer(n) for n in ("Ann", "Bill", "Cath", "Dev", "Eve", "Fran", "Gus", "Hal", "Ivy")]
    band.append(Ringer("Jo", learner=True))
    for t in PracticeAllocator(band).evening([("Plain Bob Doubles", 6), ("Grandsire Triples", 8)]):
        print(t.method, t.band)
