"""Pick boards for the manual moisture-content check on each kiln charge.

After every kiln charge the QA technician checks a sample of boards with the
resistance meter to confirm the in-line meter reading. The sample is drawn
pseudo-randomly but seeded from the charge number, so the same boards can be
re-drawn if the audit is repeated or challenged by a customer.
"""
from __future__ import annotations

import math
import random
from dataclasses import dataclass


@dataclass(frozen=True)
class Board:
    pack_no: str
    position: int
    length_mm: int


def sample_size(population: int, minimum: int = 10, fraction: float = 0.02) -> int:
    return min(population, max(minimum, math.ceil(population * fraction)))


def draw_sample(charge_no: int, boards: list[Board]) -> list[Board]:
    rng = random.Random(charge_no)
    picked = rng.sample(boards, sample_size(len(boards)))
    return sorted(picked, key=lambda b: (b.pack_no, b.position))


def sheet_rows(charge_no: int, boards: list[Board]) -> list[dict]:
    """Rows for the printed QA sheet the technician fills in by hand."""
    return [
        {"charge": charge_no, "pack": b.pack_no, "board": b.position, "length_mm": b.length_mm, "mc_pct": ""}
        for b in draw_sample(charge_no, boards)
    ]
