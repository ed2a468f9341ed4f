"""Pick retained jars from each packed lot for lab QC and the retention library.

Food-safety rules require a retention sample per lot, plus a random subset of
jars pulled off the line for moisture, HMF and diastase testing.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date


@dataclass
class PackedJar:
    serial: int
    lot_code: str
    net_weight_g: float


@dataclass
class SamplingPlan:
    lot_code: str
    packed_on: date
    qc_jars: list[int] = field(default_factory=list)
    retention_jars: list[int] = field(default_factory=list)


SAMPLE_TABLE = [
    (500, 3),
    (2000, 5),
    (8000, 8),
]


def sample_size(lot_size: int) -> int:
    for upper, n in SAMPLE_TABLE:
        if lot_size <= upper:
            return n
    return 13


class LotSampler:
    def __init__(self, retention_count: int = 2, rng: random.Random | None = None) -> None:
        self.retention_count = retention_count
        self.rng = rng or random.Random()

    def plan(self, lot_code: str, packed_on: date, jars: list[PackedJar]) -> SamplingPlan:
        if not jars:
            raise ValueError(f"lot {lot_code} has no packed jars")
        serials = [j.serial for j in jars if j.lot_code == lot_code]
        n_qc = min(sample_size(len(serials)), len(serials))
        qc = sorted(self.rng.sample(serials, n_qc))
        remaining = [s for s in serials if s not in qc]
        retention = sorted(self.rng.sample(remaining, min(self.retention_count, len(remaining))))
        return SamplingPlan(lot_code, packed_on, qc, retention)

    def underweight_spot_check(self, jars: list[PackedJar], declared_g: float, k: int = 10) -> list[PackedJar]:
        picked = self.rng.sample(jars, min(k, len(jars)))
        return [j for j in picked if j.net_weight_g < declared_g * 0.985]


def print_plan(plan: SamplingPlan) -> None:
    print(f"Lot {plan.lot_code} packed {plan.packed_on:%d.%m.%Y}")
    print("  QC lab:    " + ", ".join(str(s) for s in plan.qc_jars))
    print("  Retention: " + ", ".join(str(s) for s in plan.retention_jars))
