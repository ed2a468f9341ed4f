"""Randomise sample positions on 96-well plates to avoid batch/edge effects.

The seed is stored with the plate map so the layout can be regenerated
exactly when the plate is re-run or audited.
"""
import random
from dataclasses import dataclass
from string import ascii_uppercase

ROWS = ascii_uppercase[:8]
COLS = range(1, 13)
CONTROL_WELLS = ("A1", "H12")


@dataclass
class PlateMap:
    plate_barcode: str
    seed: int
    wells: dict[str, str]


def all_wells() -> list[str]:
    return [f"{r}{c}" for r in ROWS for c in COLS]


def randomise_plate(plate_barcode: str, sample_ids: list[str], seed: int) -> PlateMap:
    free = [w for w in all_wells() if w not in CONTROL_WELLS]
    if len(sample_ids) > len(free):
        raise ValueError(f"{len(sample_ids)} samples do not fit on one plate")

    rng = random.Random(seed)
    rng.shuffle(free)

    wells = {"A1": "POS_CTRL", "H12": "NEG_CTRL"}
    wells.update(zip(free, sample_ids))
    return PlateMap(plate_barcode=plate_barcode, seed=seed, wells=wells)


def to_csv_rows(plate: PlateMap) -> list[tuple[str, str, str]]:
    order = {w: i for i, w in enumerate(all_wells())}
    return [
        (plate.plate_barcode, well, content)
        for well, content in sorted(plate.wells.items(), key=lambda kv: order[kv[0]])
    ]
