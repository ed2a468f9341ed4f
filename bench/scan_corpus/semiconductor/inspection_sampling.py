"""Wafer sampling plans for automated optical inspection (AOI).

For each lot arriving at an inspection step we pick which wafer slots go to
the AOI tool. The choice must be reproducible: re-running the plan for the
same lot and step has to give the same slots, so the generator is seeded
from the lot and step identifiers.
"""
import hashlib
import random
from dataclasses import dataclass

SLOTS_PER_FOUP = 25


@dataclass(frozen=True)
class SamplingRule:
    step: str
    wafers_per_lot: int
    always_include: tuple[int, ...] = (1,)


def _rng_for(lot_id: str, step: str) -> random.Random:
    digest = hashlib.sha256(f"{lot_id}:{step}".encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def plan_slots(lot_id: str, occupied_slots: list[int], rule: SamplingRule) -> list[int]:
    occupied = sorted(set(occupied_slots))
    chosen = [s for s in rule.always_include if s in occupied]
    remaining = [s for s in occupied if s not in chosen]
    needed = max(0, min(rule.wafers_per_lot, len(occupied)) - len(chosen))
    chosen.extend(_rng_for(lot_id, rule.step).sample(remaining, needed))
    return sorted(chosen)


if __name__ == "__main__":
    rule = SamplingRule(step="CMP-POST-AOI", wafers_per_lot=5)
    print(plan_slots("N4A12345.1", list(range(1, SLOTS_PER_FOUP + 1)), rule))
