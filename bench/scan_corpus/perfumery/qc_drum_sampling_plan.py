"""Selects which drums of an incoming raw-material lot the QC lab samples.

The selection must be reproducible: an auditor re-running the plan for the same
lot has to obtain the same drums, so the generator is seeded from the lot.
"""
from __future__ import annotations

import math
import random
import zlib
from dataclasses import dataclass


@dataclass(frozen=True)
class SamplingPlan:
    lot_number: str
    drum_count: int
    selected: tuple[int, ...]


def sample_size(drum_count: int) -> int:
    """Square-root-plus-one rule commonly used for incoming raw materials."""
    if drum_count <= 0:
        raise ValueError("a lot has at least one drum")
    if drum_count <= 3:
        return drum_count
    return min(drum_count, int(math.sqrt(drum_count)) + 1)


def _seed_for(lot_number: str) -> int:
    return zlib.crc32(lot_number.strip().upper().encode("utf-8"))


def plan_for_lot(lot_number: str, drum_count: int) -> SamplingPlan:
    rng = random.Random(_seed_for(lot_number))
    picks = rng.sample(range(1, drum_count + 1), sample_size(drum_count))
    return SamplingPlan(lot_number=lot_number, drum_count=drum_count, selected=tuple(sorted(picks)))


def worksheet_rows(plan: SamplingPlan) -> list[dict[str, str]]:
    return [
        {"lot": plan.lot_number, "drum": f"{drum:03d}", "label": f"{plan.lot_number}-D{drum:03d}"}
        for drum in plan.selected
    ]


if __name__ == "__main__":
    import sys

    result = plan_for_lot(sys.argv[1], int(sys.argv[2]))
    for row in worksheet_rows(result):
        print("\t".join(row.values()))
