"""Draws seed subsamples for germination tests.

ISTA-style tests use replicates of seeds drawn at random from the accession's
working sample. The draw is seeded from the test ID so a repeat test (or an
auditor) can reproduce exactly which seed lots were pulled.
"""
import random
from dataclasses import dataclass


@dataclass(frozen=True)
class ReplicatePlan:
    test_id: str
    replicates: list[list[int]]


def plan_replicates(test_id: str, lot_size: int, replicates: int = 4, per_replicate: int = 50) -> ReplicatePlan:
    needed = replicates * per_replicate
    if needed > lot_size:
        raise ValueError(f"lot of {lot_size} seeds is too small for {needed} seeds")
    rng = random.Random(f"germ-test:{test_id}")
    drawn = rng.sample(range(lot_size), needed)
    groups = [sorted(drawn[i * per_replicate:(i + 1) * per_replicate]) for i in range(replicates)]
    return ReplicatePlan(test_id=test_id, replicates=groups)


def shuffle_tray_positions(plan: ReplicatePlan, tray_slots: int) -> dict[int, int]:
    """Randomise which tray slot each replicate goes into to avoid edge effects."""
    rng = random.Random(f"tray:{plan.test_id}")
    slots = rng.sample(range(tray_slots), len(plan.replicates))
    return {rep: slot for rep, slot in enumerate(slots)}
