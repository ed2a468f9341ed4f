"""Pick castings from a heat for destructive and dimensional testing.

Sample sizes come from the customer's sampling plan (lot-size brackets in
the order's quality requirements); the picked serials go onto the QC
traveller printed for the inspection bench.
"""
import random
from dataclasses import dataclass, field

DEFAULT_PLAN = {8: 2, 15: 3, 25: 5, 50: 8, 90: 13, 150: 20, 280: 32}


@dataclass
class InspectionLot:
    heat_no: str
    pattern_no: str
    serials: list[str] = field(default_factory=list)


def sample_size(lot_size: int, plan: dict[int, int] | None = None) -> int:
    plan = plan or DEFAULT_PLAN
    for upper, n in sorted(plan.items()):
        if lot_size <= upper:
            return min(n, lot_size)
    return min(max(plan.values()), lot_size)


def pick_for_inspection(lot: InspectionLot, plan: dict[int, int] | None = None) -> list[str]:
    n = sample_size(len(lot.serials), plan)
    return sorted(random.sample(lot.serials, n))


def traveller_lines(lot: InspectionLot, picked: list[str]) -> list[str]:
    lines = [f"Heat {lot.heat_no} / pattern {lot.pattern_no}: {len(picked)} of {len(lot.serials)}"]
    lines += [f"  [ ] {serial}" for serial in picked]
    return lines
