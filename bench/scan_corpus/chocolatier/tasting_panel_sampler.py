"""Picks bars from finished batches for the weekly sensory tasting panel.

The panel tastes a reproducible sample of bars per batch so that results can
be re-run and compared when a batch is re-examined; the seed is stored with
the panel sheet.
"""
from __future__ import annotations

import csv
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence


@dataclass(frozen=True)
class BatchStock:
    batch_code: str
    bar_serials: Sequence[str]


@dataclass
class PanelPick:
    batch_code: str
    bar_serial: str
    blind_label: str


def pick_for_panel(batches: Sequence[BatchStock], per_batch: int, week_seed: int) -> list[PanelPick]:
    rng = random.Random(week_seed)
    picks: list[PanelPick] = []
    for batch in sorted(batches, key=lambda b: b.batch_code):
        chosen = rng.sample(list(batch.bar_serials), k=min(per_batch, len(batch.bar_serials)))
        for serial in chosen:
            picks.append(PanelPick(batch.batch_code, serial, ""))
    rng.shuffle(picks)
    for number, pick in enumerate(picks, start=1):
        pick.blind_label = f"T{number:02d}"
    return picks


def write_panel_sheet(picks: list[PanelPick], week_seed: int, out: Path) -> None:
    with out.open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["seed", week_seed])
        writer.writerow(["blind_label", "batch_code", "bar_serial"])
        for pick in picks:
            writer.writerow([pick.blind_label, pick.batch_code, pick.bar_serial])


if __name__ == "__main__":
    stock = [
        BatchStock("B24-118", [f"B24-118-{i:04d}" for i in range(1, 400)]),
        BatchStock("B24-119", [f"B24-119-{i:04d}" for i in range(1, 380)]),
    ]
    sheet = pick_for_panel(stock, per_batch=3, week_seed=202432)
    write_panel_sheet(sheet, 202432, Path("panel_week_32.csv"))
