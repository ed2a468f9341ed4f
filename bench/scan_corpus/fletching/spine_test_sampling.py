"""Pick shafts from an incoming batch for spine and straightness testing.

Per the QC sheet we deflection-test a random sample of every shaft lot from
the supplier, and reject the lot if too many fall outside the spine band.
"""
import math
import random
from dataclasses import dataclass
from statistics import mean, pstdev
from typing import Sequence


@dataclass(frozen=True)
class SpineBand:
    nominal: int  # e.g. 500 spine
    tolerance: int = 10  # +/- thousandths of an inch of static deflection


@dataclass
class LotResult:
    lot_id: str
    readings: dict[str, int]
    out_of_band: list[str]
    accepted: bool


def sample_size(lot_size: int, fraction: float = 0.08, minimum: int = 12) -> int:
    return min(lot_size, max(minimum, math.ceil(lot_size * fraction)))


def choose_sample(shaft_ids: Sequence[str], rng: random.Random | None = None) -> list[str]:
    picker = rng or random.Random()
    return sorted(picker.sample(list(shaft_ids), sample_size(len(shaft_ids))))


def evaluate_lot(lot_id: str, readings: dict[str, int], band: SpineBand, max_reject_ratio: float = 0.1) -> LotResult:
    out = [sid for sid, value in readings.items() if abs(value - band.nominal) > band.tolerance]
    accepted = len(out) <= max_reject_ratio * len(readings)
    return LotResult(lot_id, readings, sorted(out), accepted)


def summary_line(result: LotResult) -> str:
    values = list(result.readings.values())
    if not values:
        return f"lot {result.lot_id}: no readings"
    spread = pstdev(values) if len(values) > 1 else 0.0
    verdict = "ACCEPT" if result.accepted else "REJECT"
    return (
        f"lot {result.lot_id}: {len(values)} tested, mean {mean(values):.1f}, "
        f"sd {spread:.1f}, {len(result.out_of_band)} out of band -> {verdict}"
    )
