"""Incoming inspection of gold leaf deliveries.

Each delivery from the beater arrives as a batch of booklets (25 leaves each).
We pull a handful of booklets at random for visual inspection: pinholes,
colour match against the reference card, and thickness on the micrometer.
"""
import logging
import random
import time
from dataclasses import dataclass, field
from typing import Sequence

log = logging.getLogger("stock.inspection")

SAMPLE_FRACTION = 0.08
MIN_SAMPLE = 3


@dataclass
class Booklet:
    lot: str
    index: int
    karat: float
    kind: str = "loose"


@dataclass
class InspectionPlan:
    lot: str
    booklets: list[Booklet] = field(default_factory=list)


def sample_size(total: int) -> int:
    return max(MIN_SAMPLE, round(total * SAMPLE_FRACTION)) if total else 0


def plan_inspection(lot: str, booklets: Sequence[Booklet]) -> InspectionPlan:
    chosen = random.sample(list(booklets), k=min(len(booklets), sample_size(len(booklets))))
    chosen.sort(key=lambda b: b.index)
    log.info("lot %s: inspecting %d of %d booklets", lot, len(chosen), len(booklets))
    return InspectionPlan(lot=lot, booklets=chosen)


def poll_scale(read_weight, attempts: int = 5) -> float:
    """Read the analytical balance, backing off when it reports unstable."""
    for attempt in range(attempts):
        value = read_weight()
        if value is not None:
            return value
        time.sleep(0.2 * (2 ** attempt) + random.uniform(0, 0.1))
    raise TimeoutError("balance did not settle")


if __name__ == "__main__":
    delivery = [Booklet("L-2291", i, 23.75, "transfer") for i in range(1, 81)]
    for b in plan_inspection("L-2291", delivery).booklets:
        print(f"pull booklet #{b.index:03d} ({b.karat}ct {b.kind})")
