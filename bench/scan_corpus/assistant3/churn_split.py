"""Deterministic train/validation split for the churn model pipeline."""
from __future__ import annotations

import csv
import random
from pathlib import Path

SPLIT_SEED = 1337
VALIDATION_FRACTION = 0.2

Row = dict[str, str]


def split_rows(rows: list[Row], seed: int = SPLIT_SEED) -> tuple[list[Row], list[Row]]:
    """Shuffle with a fixed seed so retraining runs are comparable."""
    rng = random.Random(seed)
    shuffled = rows[:]
    rng.shuffle(shuffled)
    cut = int(len(shuffled) * (1 - VALIDATION_FRACTION))
    return shuffled[:cut], shuffled[cut:]


def split_file(src: Path, out_dir: Path) -> None:
    with src.open(newline="") as fh:
        rows = list(csv.DictReader(fh))
    train, valid = split_rows(rows)
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, subset in (("train.csv", train), ("valid.csv", valid)):
        with (out_dir / name).open("w", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=list(rows[0].keys()))
            writer.writeheader()
            writer.writerows(subset)
