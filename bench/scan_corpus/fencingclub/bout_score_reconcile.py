"""Reconciles scoring box totals with the referee's paper score sheet.

After each pool the bout committee compares what the boxes recorded with the
sheet signed by the referee; mismatches are queued for the DT to resolve.
"""
from __future__ import annotations

import csv
import logging
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BoutScore:
    pool: int
    left: str
    right: str
    left_score: int
    right_score: int


@dataclass
class Mismatch:
    box: BoutScore
    sheet: BoutScore

    def describe(self) -> str:
        return (
            f"pool {self.box.pool} {self.box.left} v {self.box.right}: "
            f"box {self.box.left_score}-{self.box.right_score}, "
            f"sheet {self.sheet.left_score}-{self.sheet.right_score}"
        )


def load_scores(path: Path) -> dict[tuple[int, str, str], BoutScore]:
    scores = {}
    with path.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            bout = BoutScore(int(row["pool"]), row["left"], row["right"], int(row["left_score"]), int(row["right_score"]))
            scores[(bout.pool, bout.left, bout.right)] = bout
    return scores


def reconcile(box_export: Path, sheet_entry: Path) -> tuple[list[Mismatch], list[tuple[int, str, str]]]:
    box = load_scores(box_export)
    sheet = load_scores(sheet_entry)
    mismatches: list[Mismatch] = []
    for key, box_bout in box.items():
        sheet_bout = sheet.get(key)
        if sheet_bout is None:
            continue
        if (box_bout.left_score, box_bout.right_score) != (sheet_bout.left_score, sheet_bout.right_score):
            mismatches.append(Mismatch(box_bout, sheet_bout))
    missing = sorted(set(box) ^ set(sheet))
    for m in mismatches:
        log.info("score mismatch: %s", m.describe())
    return mismatches, missing
