"""Pick dyed rolls for spectrophotometer spot checks.

QA measures a random sample of rolls from every finished batch rather than
every roll. The sample size follows the plant's AQL table; a batch that has
failed before gets a heavier sample.
"""
import random
from dataclasses import dataclass
from typing import List, Sequence

AQL_TABLE = [
    (8, 2),
    (15, 3),
    (25, 5),
    (50, 8),
    (90, 13),
    (150, 20),
]


@dataclass
class Roll:
    roll_no: str
    batch_no: str
    metres: float


def sample_size(lot_size: int, tightened: bool = False) -> int:
    for upper, n in AQL_TABLE:
        if lot_size <= upper:
            break
    else:
        n = 32
    if tightened:
        n = min(lot_size, int(n * 1.6) + 1)
    return min(n, lot_size)


def pick_rolls_for_measurement(
    rolls: Sequence[Roll], tightened: bool = False, rng: random.Random = None
) -> List[Roll]:
    rng = rng or random.Random()
    n = sample_size(len(rolls), tightened)
    chosen = rng.sample(list(rolls), n)
    return sorted(chosen, key=lambda r: r.roll_no)


def measurement_positions(width_cm: float, points: int = 3) -> List[float]:
    """Offsets across the fabric width where the spectro head is placed."""
    margin = width_cm * 0.1
    usable = width_cm - 2 * margin
    return [round(margin + usable * random.random(), 1) for _ in range(points)]


def build_inspection_plan(batches: dict, failed_before: set) -> dict:
    plan = {}
    for batch_no, rolls in batches.items():
        picks = pick_rolls_for_measurement(rolls, tightened=batch_no in failed_before)
        plan[batch_no] = [r.roll_no for r in picks]
    return plan
