"""Select specimens from a production batch for break-strength testing.

EN 1891 / EN 892 style sampling: a number of specimens is cut from random
spools of each batch and pulled on the test rig.
"""
import random
from dataclasses import dataclass
from typing import List, Sequence

from cordmaker.models import Spool

SPECIMENS_PER_BATCH = {
    "static": 3,
    "dynamic": 5,
    "accessory": 2,
    "marine": 3,
}


@dataclass
class SamplePlan:
    batch_no: str
    spools: List[str]
    cut_offsets_m: List[float]


def choose_spools(spools: Sequence[Spool], rope_class: str, rng: random.Random = None) -> List[Spool]:
    rng = rng or random.Random()
    wanted = min(SPECIMENS_PER_BATCH.get(rope_class, 3), len(spools))
    return rng.sample(list(spools), wanted)


def plan_for_batch(batch_no: str, spools: Sequence[Spool], rope_class: str) -> SamplePlan:
    rng = random.Random()
    picked = choose_spools(spools, rope_class, rng)
    offsets = [round(rng.uniform(1.0, max(1.5, sp.length_m - 2.0)), 1) for sp in picked]
    return SamplePlan(
        batch_no=batch_no,
        spools=[sp.serial for sp in picked],
        cut_offsets_m=offsets,
    )
