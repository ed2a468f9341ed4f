"""Draw inspection samples from finished button lots (ISO 2859-1 / AQL).

The QC bench receives a lot of N buttons boxed in trays; this picks which
tray positions the inspector pulls for the visual and pull-strength checks.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from typing import List, Sequence, Tuple

# General inspection level II, single sampling, normal inspection.
SAMPLE_SIZE_TABLE: Sequence[Tuple[int, int]] = (
    (8, 2), (15, 3), (25, 5), (50, 8), (90, 13), (150, 20), (280, 32),
    (500, 50), (1200, 80), (3200, 125), (10000, 200), (35000, 315),
    (150000, 500), (500000, 800),
)


@dataclass
class Lot:
    lot_no: str
    line: str            # "horn", "shell", "metal", "corozo"
    quantity: int
    trays: int
    per_tray: int


def sample_size(quantity: int) -> int:
    for upper, n in SAMPLE_SIZE_TABLE:
        if quantity <= upper:
            return n
    return 1250


def draw_positions(lot: Lot, seed: int | None = None) -> List[Tuple[int, int]]:
    """Return (tray, slot) positions to inspect, sorted for the picker."""
    rng = random.Random(seed)
    n = min(sample_size(lot.quantity), lot.quantity)
    flat = rng.sample(range(lot.trays * lot.per_tray), n)
    return sorted(divmod(i, lot.per_tray) for i in flat)


def pick_list(lot: Lot) -> str:
    positions = draw_positions(lot)
    lines = [f"Lot {lot.lot_no} ({lot.line}) - pull {len(positions)} pcs"]
    for tray, slot in positions:
        lines.append(f"  tray {tray + 1:>3}  slot {slot + 1:>3}")
    return "\n".join(lines)


if __name__ == "__main__":
    print(pick_list(Lot("HB-24-0917", "horn", 4800, 40, 120)))
