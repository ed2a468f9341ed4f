"""Chooses which finished records are pulled from a run for QC listening.

Sampling is deterministic per run so that an audit can reproduce exactly
which sleeve numbers were pulled.
"""
from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class PressRun:
    run_id: int
    catalogue_number: str
    press_id: str
    units: int


@dataclass(frozen=True)
class SamplingPlan:
    per_thousand: int = 5
    minimum: int = 3
    always_first: int = 2


class QcSampleSelector:
    def __init__(self, plan: SamplingPlan = SamplingPlan()) -> None:
        self._plan = plan

    def sample_size(self, run: PressRun) -> int:
        size = max(self._plan.minimum, run.units * self._plan.per_thousand // 1000)
        return min(size, run.units)

    def select(self, run: PressRun) -> list[int]:
        """Return the 1-based sequence numbers of records to pull."""
        rng = random.Random(f"{run.catalogue_number}:{run.run_id}")
        first = list(range(1, min(self._plan.always_first, run.units) + 1))
        remaining = self.sample_size(run) - len(first)
        population = range(len(first) + 1, run.units + 1)
        picks = rng.sample(population, k=max(0, min(remaining, len(population))))
        return sorted(first + picks)

    def checklist(self, run: PressRun) -> list[dict]:
        return [
            {
                "run_id": run.run_id,
                "press_id": run.press_id,
                "sequence": seq,
                "checks": ["visual", "weight", "side_a_play", "side_b_play"],
            }
            for seq in self.select(run)
        ]
