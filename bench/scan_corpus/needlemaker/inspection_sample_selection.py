"""Sample selection for final visual inspection of needle lots.

Implements the AQL single-sampling plan used by the QC lab: for each
released lot, a spread of box positions is drawn at random and pulled
for the tip geometry and lumen check.
"""
import random
from dataclasses import dataclass
from typing import List

from needlemaker.config import settings

# ISO 2859-1, general inspection level II, code letters -> sample size
SAMPLE_SIZES = {"H": 50, "J": 80, "K": 125, "L": 200, "M": 315, "N": 500}
LOT_SIZE_BANDS = [
    (1200, "J"), (3200, "K"), (10000, "L"), (35000, "M"), (150000, "N"),
]


@dataclass
class SamplingPlan:
    lot_number: str
    lot_size: int
    code_letter: str
    positions: List[int]


def code_letter_for(lot_size: int) -> str:
    if lot_size <= 500:
        return "H"
    for upper, letter in LOT_SIZE_BANDS:
        if lot_size <= upper:
            return letter
    return "N"


def draw_positions(lot_size: int, sample_size: int, rng: random.Random) -> List[int]:
    sample_size = min(sample_size, lot_size)
    return sorted(rng.sample(range(1, lot_size + 1), sample_size))


def build_plan(lot_number: str, lot_size: int) -> SamplingPlan:
    letter = code_letter_for(lot_size)
    rng = random.Random()
    positions = draw_positions(lot_size, SAMPLE_SIZES[letter], rng)
    return SamplingPlan(lot_number, lot_size, letter, positions)


def plan_as_worklist(plan: SamplingPlan) -> List[dict]:
    per_box = settings.UNITS_PER_SHIPPER
    return [
        {"lot": plan.lot_number, "box": (pos - 1) // per_box + 1, "slot": (pos - 1) % per_box + 1}
        for pos in plan.positions
    ]
