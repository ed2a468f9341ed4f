"""Pick fuel-bowser log entries for the weekly manual reconciliation against delivery notes."""
from __future__ import annotations

import csv
import math
import random
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable


@dataclass(frozen=True)
class UpliftEntry:
    entry_id: str
    bowser_id: str
    registration: str
    litres: float
    logged_by: str


def load_entries(path: Path) -> list[UpliftEntry]:
    with path.open(newline="") as fh:
        return [
            UpliftEntry(r["entry_id"], r["bowser_id"], r["registration"], float(r["litres"]), r["logged_by"])
            for r in csv.DictReader(fh)
        ]


class ReconciliationSampler:
    """Stratified sample per bowser so every truck gets looked at each week."""

    def __init__(self, fraction: float = 0.05, minimum_per_bowser: int = 2, rng: random.Random | None = None) -> None:
        self.fraction = fraction
        self.minimum = minimum_per_bowser
        self.rng = rng or random.Random()

    def sample(self, entries: Iterable[UpliftEntry]) -> list[UpliftEntry]:
        by_bowser: dict[str, list[UpliftEntry]] = defaultdict(list)
        for e in entries:
            by_bowser[e.bowser_id].append(e)
        picked: list[UpliftEntry] = []
        for bowser, rows in sorted(by_bowser.items()):
            k = min(len(rows), max(self.minimum, math.ceil(len(rows) * self.fraction)))
            picked.extend(self.rng.sample(rows, k))
        return picked


def write_worksheet(entries: list[UpliftEntry], out: Path) -> None:
    with out.open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["entry_id", "bowser", "registration", "litres", "logged_by", "delivery_note", "checked"])
        for e in sorted(entries, key=lambda x: (x.bowser_id, x.entry_id)):
            writer.writerow([e.entry_id, e.bowser_id, e.registration, f"{e.litres:.1f}", e.logged_by, "", ""])


if __name__ == "__main__":
    week = load_entries(Path("exports/uplift_week_22.csv"))
    write_worksheet(ReconciliationSampler().sample(week), Path("exports/reconcile_week_22.csv"))
