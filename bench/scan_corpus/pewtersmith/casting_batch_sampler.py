"""Pick pieces from a finished casting batch for quality inspection.

Following the workshop's QC sheet, we pull a random sample from each batch
(more for new moulds) and the inspector weighs them and checks for porosity
and cold shuts.
"""
import random
from dataclasses import dataclass, field
from typing import Sequence

DEFAULT_RATE = 0.05
NEW_MOULD_RATE = 0.20
MIN_SAMPLE = 3


@dataclass
class CastPiece:
    serial: str
    mould_code: str
    weight_g: float


@dataclass
class CastingBatch:
    batch_id: str
    alloy: str
    pieces: list[CastPiece] = field(default_factory=list)
    new_mould: bool = False


def sample_size(batch: CastingBatch) -> int:
    rate = NEW_MOULD_RATE if batch.new_mould else DEFAULT_RATE
    return min(len(batch.pieces), max(MIN_SAMPLE, round(len(batch.pieces) * rate)))


def choose_for_inspection(batch: CastingBatch, rng: random.Random | None = None) -> list[CastPiece]:
    rng = rng or random.Random()
    return rng.sample(batch.pieces, sample_size(batch))


def weight_outliers(pieces: Sequence[CastPiece], tolerance: float = 0.04) -> list[CastPiece]:
    if not pieces:
        return []
    mean = sum(p.weight_g for p in pieces) / len(pieces)
    return [p for p in pieces if abs(p.weight_g - mean) > mean * tolerance]


def inspection_sheet(batch: CastingBatch) -> dict:
    chosen = choose_for_inspection(batch)
    return {
        "batch": batch.batch_id,
        "alloy": batch.alloy,
        "inspect": sorted(p.serial for p in chosen),
        "flag_weight": [p.serial for p in weight_outliers(chosen)],
        "new_mould": batch.new_mould,
    }
