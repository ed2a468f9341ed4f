"""Selects RO elements for destructive autopsy during the annual membrane
replacement campaign, so that fouling and scaling can be characterised
per train and per position in the pressure vessel."""
from __future__ import annotations

import csv
import random
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ElementSlot:
    train: str
    vessel: str
    position: int  # 1 = lead element, 7 = tail element
    serial: str


def load_inventory(path: Path) -> list[ElementSlot]:
    with path.open(newline="") as fh:
        return [
            ElementSlot(row["train"], row["vessel"], int(row["position"]), row["serial"])
            for row in csv.DictReader(fh)
        ]


class AutopsyPlanner:
    def __init__(self, campaign_year: int, per_train: int = 3) -> None:
        self.per_train = per_train
        self.rng = random.Random(f"autopsy-{campaign_year}")

    def _stratum(self, slots: list[ElementSlot], positions: set[int]) -> list[ElementSlot]:
        return [s for s in slots if s.position in positions]

    def select(self, inventory: list[ElementSlot]) -> list[ElementSlot]:
        by_train: dict[str, list[ElementSlot]] = defaultdict(list)
        for slot in inventory:
            by_train[slot.train].append(slot)
        chosen: list[ElementSlot] = []
        for train in sorted(by_train):
            slots = by_train[train]
            lead = self._stratum(slots, {1})
            tail = self._stratum(slots, {6, 7})
            chosen += self.rng.sample(lead, k=min(1, len(lead)))
            chosen += self.rng.sample(tail, k=min(self.per_train - 1, len(tail)))
        return chosen


def write_pick_list(chosen: list[ElementSlot], out: Path) -> None:
    with out.open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["train", "vessel", "position", "serial"])
        for s in chosen:
            writer.writerow([s.train, s.vessel, s.position, s.serial])
