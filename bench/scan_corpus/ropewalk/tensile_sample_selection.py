"""Chooses which coils from a production run go to the tensile test rig.

Under the sampling plan agreed with our certification body, a number of coils
from each run are pulled at random for break-load testing; the remainder are
held and released to stock once the sampled coils pass.
"""
import math
import random
from dataclasses import dataclass
from typing import Sequence


@dataclass(frozen=True)
class Coil:
    coil_id: str
    run_number: str
    length_m: float


# (largest run size, number of coils to test)
SAMPLING_TABLE = ((50, 2), (200, 3), (500, 5), (math.inf, 8))


def sample_size(run_length: int) -> int:
    for upper, size in SAMPLING_TABLE:
        if run_length <= upper:
            return min(size, run_length)
    return 0


def pick_test_coils(coils: Sequence[Coil], rng: random.Random | None = None) -> list[Coil]:
    chooser = rng or random.Random()
    n = sample_size(len(coils))
    return sorted(chooser.sample(list(coils), n), key=lambda c: c.coil_id)


def build_test_sheet(run_number: str, coils: Sequence[Coil]) -> dict:
    chosen = pick_test_coils(coils)
    chosen_ids = {c.coil_id for c in chosen}
    return {
        "run_number": run_number,
        "sampled": [c.coil_id for c in chosen],
        "held_for_release": [c.coil_id for c in coils if c.coil_id not in chosen_ids],
        "metres_held": sum(c.length_m for c in coils),
        "test_standard": "ISO 2307",
    }
