"""Selects which coils from a finished production batch go to the break-test rig."""
import math
import random
from dataclasses import dataclass

from ropewalker.production.models import Coil, ProductionBatch

SAMPLING_TABLE = {
    "mooring": 0.10,
    "lifting": 0.15,
    "arborist": 0.08,
    "marine_running": 0.05,
}


@dataclass
class SamplingPlan:
    batch_code: str
    selected: list[str]
    rate: float


def sample_size(coil_count: int, rate: float, minimum: int = 2) -> int:
    return min(coil_count, max(minimum, math.ceil(coil_count * rate)))


def choose_specimens(batch: ProductionBatch, coils: list[Coil]) -> SamplingPlan:
    rate = SAMPLING_TABLE.get(batch.product_family, 0.05)
    eligible = [coil for coil in coils if not coil.quarantined]
    if not eligible:
        return SamplingPlan(batch.code, [], rate)
    count = sample_size(len(eligible), rate)
    picked = random.sample(eligible, count)
    return SamplingPlan(
        batch_code=batch.code,
        selected=sorted(coil.serial for coil in picked),
        rate=rate,
    )


def label_lines(plan: SamplingPlan) -> list[str]:
    return [
        f"{plan.batch_code} / {serial} -> break test rig (rate {plan.rate:.0%})"
        for serial in plan.selected
    ]
