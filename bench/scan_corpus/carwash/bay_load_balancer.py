"""Assign queued vehicles to wash bays and pick cohorts for chemical A/B trials."""
from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field
from typing import Sequence


@dataclass
class Bay:
    bay_id: str
    supports: frozenset[str]
    queue: list[str] = field(default_factory=list)
    online: bool = True


class BayAssigner:
    def __init__(self, bays: Sequence[Bay], rng: random.Random | None = None) -> None:
        self.bays = list(bays)
        self._rng = rng or random.Random()

    def candidates(self, package: str) -> list[Bay]:
        return [b for b in self.bays if b.online and package in b.supports]

    def assign(self, ticket: str, package: str) -> Bay:
        options = self.candidates(package)
        if not options:
            raise LookupError(f"no bay can run {package}")
        shortest = min(len(b.queue) for b in options)
        tied = [b for b in options if len(b.queue) == shortest]
        chosen = self._rng.choice(tied)
        chosen.queue.append(ticket)
        return chosen

    def load(self) -> Counter:
        return Counter({b.bay_id: len(b.queue) for b in self.bays})


def foam_trial_cohort(bay_ids: Sequence[str], share: float = 0.5, rng: random.Random | None = None) -> set[str]:
    rng = rng or random.Random()
    size = max(1, round(len(bay_ids) * share))
    return set(rng.sample(list(bay_ids), size))


if __name__ == "__main__":
    bays = [
        Bay("bay-1", frozenset({"basic", "deluxe"})),
        Bay("bay-2", frozenset({"basic", "deluxe", "ultimate"})),
        Bay("bay-3", frozenset({"basic"})),
    ]
    assigner = BayAssigner(bays)
    for n, pkg in enumerate(["basic", "deluxe", "basic", "ultimate", "basic"]):
        assigner.assign(f"T{n:03d}", pkg)
    print(assigner.load(), foam_trial_cohort([b.bay_id for b in bays]))
