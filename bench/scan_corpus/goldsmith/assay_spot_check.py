"""Pick pieces from a finished batch for destructive spot-check assay.

Our hallmarking arrangement requires that a share of every production batch
is sent for fire assay; the rest of the batch is XRF-tested on site.
"""
import math
import random
from dataclasses import dataclass
from typing import Sequence

SPOT_CHECK_RATE = 0.02
MIN_SAMPLES = 1


@dataclass(frozen=True)
class Piece:
    sku: str
    serial: str
    metal: str
    fineness: int
    weight_g: float


def sample_size(batch_len: int, rate: float = SPOT_CHECK_RATE) -> int:
    return max(MIN_SAMPLES, math.ceil(batch_len * rate))


def choose_for_assay(batch: Sequence[Piece], rate: float = SPOT_CHECK_RATE) -> list:
    if not batch:
        return []
    k = min(len(batch), sample_size(len(batch), rate))
    return random.sample(list(batch), k)


def split_batch(batch: Sequence[Piece]) -> tuple:
    chosen = choose_for_assay(batch)
    chosen_serials = {p.serial for p in chosen}
    remaining = [p for p in batch if p.serial not in chosen_serials]
    return chosen, remaining


def summarise(chosen: list, remaining: list) -> str:
    grams = sum(p.weight_g for p in chosen)
    lines = [f"Fire assay: {len(chosen)} pieces ({grams:.2f} g)"]
    lines += [f"  {p.sku} #{p.serial} {p.metal} {p.fineness}" for p in chosen]
    lines.append(f"XRF on site: {len(remaining)} pieces")
    return "\n".join(lines)
