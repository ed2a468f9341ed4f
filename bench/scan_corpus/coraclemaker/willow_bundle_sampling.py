"""Quality-check sampling for delivered willow.

Each delivery of willow rods comes in bundles.  The builders soak and bend a
random sample of bundles from every delivery to check for brittle or
mis-graded rods before the delivery is accepted into stock.
"""
from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from typing import Optional, Sequence

SAMPLE_FRACTION = 0.1
MIN_SAMPLE = 3


@dataclass
class Bundle:
    tag: str
    variety: str
    length_ft: int


@dataclass
class Delivery:
    reference: str
    supplier: str
    bundles: list[Bundle] = field(default_factory=list)


@dataclass
class InspectionPlan:
    delivery: str
    bundles: list[str]
    bend_test_rods_per_bundle: int = 5


def sample_size(total: int) -> int:
    if total <= MIN_SAMPLE:
        return total
    return max(MIN_SAMPLE, math.ceil(total * SAMPLE_FRACTION))


def plan_inspection(delivery: Delivery, seed: Optional[int] = None) -> InspectionPlan:
    """Pick the bundles to inspect.  ``seed`` lets a plan be reproduced
    when a supplier disputes a rejected delivery."""
    rng = random.Random(seed)
    chosen: Sequence[Bundle] = rng.sample(delivery.bundles, sample_size(len(delivery.bundles)))
    return InspectionPlan(delivery=delivery.reference, bundles=[b.tag for b in chosen])


def summarise(results: dict[str, int], rods_per_bundle: int = 5) -> dict[str, float]:
    """``results`` maps bundle tag -> number of rods that cracked on bending."""
    tested = len(results) * rods_per_bundle
    failed = sum(results.values())
    rate = failed / tested if tested else 0.0
    return {
        "bundles_tested": len(results),
        "rods_tested": tested,
        "failure_rate": round(rate, 3),
        "accept": rate <= 0.08,
    }


if __name__ == "__main__":
    demo = Delivery(
        reference="WD-2024-117",
        supplier="Somerset Levels Willow",
        bundles=[Bundle(f"B{i:03d}", "Black Maul", 8) for i in range(1, 41)],
    )
    print(plan_inspection(demo))
