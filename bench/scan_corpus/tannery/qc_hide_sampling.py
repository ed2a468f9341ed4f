"""Pick hides from a finished lot for the QA bench.

Buyers' quality agreements ask for a random share of each crust or finished
lot to be checked for grain damage, tear strength and colour fastness.
"""
import math
import random
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable, Sequence


@dataclass(frozen=True)
class Hide:
    serial: str
    lot_no: str
    grade: str
    area_sqft: float


SAMPLE_RATE_BY_GRADE = {"A": 0.02, "B": 0.04, "C": 0.06, "REJ": 0.0}
MIN_SAMPLE = 3


def sample_size(n_hides: int, rate: float) -> int:
    if n_hides == 0 or rate == 0:
        return 0
    return min(n_hides, max(MIN_SAMPLE, math.ceil(n_hides * rate)))


def pick_for_inspection(hides: Sequence[Hide], rng: random.Random | None = None) -> list[Hide]:
    """Stratified sample: every grade within the lot is sampled at its own rate."""
    rng = rng or random
    by_grade: dict[str, list[Hide]] = defaultdict(list)
    for hide in hides:
        by_grade[hide.grade].append(hide)
    picked: list[Hide] = []
    for grade, group in sorted(by_grade.items()):
        k = sample_size(len(group), SAMPLE_RATE_BY_GRADE.get(grade, 0.05))
        picked.extend(rng.sample(group, k))
    return sorted(picked, key=lambda h: h.serial)


def inspection_sheet(lot_no: str, hides: Iterable[Hide]) -> str:
    rows = [f"QA inspection sheet - lot {lot_no}", "serial;grade;area_sqft;result"]
    rows += [f"{h.serial};{h.grade};{h.area_sqft:.1f};" for h in hides]
    return "\n".join(rows) + "\n"


def build_sheets(lots: dict[str, list[Hide]]) -> dict[str, str]:
    return {lot: inspection_sheet(lot, pick_for_inspection(hides)) for lot, hides in lots.items()}
