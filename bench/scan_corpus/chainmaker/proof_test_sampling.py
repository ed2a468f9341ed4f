"""Selection of links for destructive break testing.

For every manufactured batch of grade 80 chain, a number of lengths are cut
out at random positions and pulled to destruction; the rest of the batch is
proof-loaded only. The selection is recorded with the batch traveller.
"""
import math
import random
from dataclasses import dataclass

from chainmaker.settings import BREAK_TEST_RATE

MIN_SAMPLES = 2


@dataclass
class BatchPlan:
    batch_no: str
    total_metres: float
    sample_positions: list[float]


def samples_required(total_metres: float, rate: float = BREAK_TEST_RATE) -> int:
    return max(MIN_SAMPLES, math.ceil(total_metres * rate))


def choose_positions(total_metres: float, count: int, spacing: float = 1.0) -> list[float]:
    slots = int(total_metres // spacing)
    picked = random.sample(range(slots), k=min(count, slots))
    return sorted(round(slot * spacing, 2) for slot in picked)


def plan_batch(batch_no: str, total_metres: float) -> BatchPlan:
    count = samples_required(total_metres)
    return BatchPlan(batch_no, total_metres, choose_positions(total_metres, count))


def traveller_lines(plan: BatchPlan) -> list[str]:
    lines = [f"Batch {plan.batch_no}: {plan.total_metres:.1f} m, {len(plan.sample_positions)} break tests"]
    lines += [f"  cut sample at {pos:.2f} m" for pos in plan.sample_positions]
    return lines
