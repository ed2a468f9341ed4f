"""Draw random samples of containers for the cold-end QA lab.

Following the ISO 2859-1 (AQL) plan, the lab pulls a sample of pallets per
production lot and a number of bottles per pallet for dimensional and
pressure testing.  The draw is logged with the seed so an auditor can
reproduce exactly which pallets were pulled.
"""
from __future__ import annotations

import random
from dataclasses import dataclass

SAMPLE_SIZE_CODE = [
    (8, 2), (15, 3), (25, 5), (50, 8), (90, 13),
    (150, 20), (280, 32), (500, 50), (1200, 80),
]


@dataclass
class SampleDraw:
    lot: str
    seed: int
    pallets: list[str]
    bottles_per_pallet: dict[str, list[int]]


def sample_size(lot_pallets: int) -> int:
    for upper, size in SAMPLE_SIZE_CODE:
        if lot_pallets <= upper:
            return min(size, lot_pallets)
    return 125


def draw_sample(lot: str, pallet_ids: list[str], cavities_per_pallet: int, seed: int) -> SampleDraw:
    rng = random.Random(seed)
    chosen = sorted(rng.sample(pallet_ids, sample_size(len(pallet_ids))))
    bottles = {pid: sorted(rng.sample(range(1, cavities_per_pallet + 1), 5)) for pid in chosen}
    return SampleDraw(lot=lot, seed=seed, pallets=chosen, bottles_per_pallet=bottles)


def draw_for_lot(lot: str, pallet_ids: list[str], cavities_per_pallet: int = 48) -> SampleDraw:
    seed = random.SystemRandom().getrandbits(32)
    return draw_sample(lot, pallet_ids, cavities_per_pallet, seed)


def format_pick_list(draw: SampleDraw) -> str:
    lines = [f"Lot {draw.lot} (seed {draw.seed})"]
    for pid in draw.pallets:
        positions = ", ".join(str(b) for b in draw.bottles_per_pallet[pid])
        lines.append(f"  pallet {pid}: positions {positions}")
    return "\n".join(lines)
