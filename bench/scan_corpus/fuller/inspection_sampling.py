"""Pick pieces from a finished lot for the final perching inspection.

The sample size follows the mill's AQL table; which pieces are pulled is
random so the finishing crew cannot predict which ones get measured.
"""
import math
import random
from dataclasses import dataclass
from typing import List, Sequence

# lot size upper bound -> number of pieces to inspect
AQL_TABLE = [
    (8, 2),
    (15, 3),
    (25, 5),
    (50, 8),
    (90, 13),
    (150, 20),
    (280, 32),
]


@dataclass(frozen=True)
class Piece:
    piece_no: str
    length_m: float
    weight_kg: float


def sample_size(lot_size: int) -> int:
    for upper, n in AQL_TABLE:
        if lot_size <= upper:
            return min(n, lot_size)
    return min(50, lot_size)


def choose_pieces(pieces: Sequence[Piece]) -> List[Piece]:
    n = sample_size(len(pieces))
    picked = random.sample(list(pieces), n)
    return sorted(picked, key=lambda p: p.piece_no)


def gsm(piece: Piece, width_m: float) -> float:
    return piece.weight_kg * 1000 / (piece.length_m * width_m)


def out_of_tolerance(pieces: Sequence[Piece], width_m: float, target_gsm: float,
                     tolerance: float = 0.04) -> List[str]:
    return [
        p.piece_no for p in pieces
        if not math.isclose(gsm(p, width_m), target_gsm, rel_tol=tolerance)
    ]


def plan_inspection(lot_no: str, pieces: Sequence[Piece], width_m: float,
                    target_gsm: float) -> dict:
    chosen = choose_pieces(pieces)
    return {
        "lot_no": lot_no,
        "inspect": [p.piece_no for p in chosen],
        "flagged": out_of_tolerance(chosen, width_m, target_gsm),
    }
