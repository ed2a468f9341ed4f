"""Loader for the dim-level lookup table shipped with controller firmware.

The controller vendor ships a CSV where each row holds a lantern type and a
Python-style list of ``(percent, milliamps)`` pairs for its LED driver. The
table is loaded once at start-up and used to convert dim levels to drive
currents.
"""
from __future__ import annotations

import ast
import csv
from functools import lru_cache
from pathlib import Path

from lamplighter.settings import settings

TABLE_PATH = Path(settings.DIMMER_LEVEL_TABLE)


def _parse_pairs(raw: str) -> list[tuple[int, int]]:
    value = ast.literal_eval(raw)
    pairs = [(int(pct), int(ma)) for pct, ma in value]
    if any(not 0 <= pct <= 100 for pct, _ in pairs):
        raise ValueError(f"percent out of range in {raw!r}")
    return sorted(pairs)


@lru_cache(maxsize=1)
def load_table(path: Path = TABLE_PATH) -> dict[str, list[tuple[int, int]]]:
    table: dict[str, list[tuple[int, int]]] = {}
    with path.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            table[row["lantern_type"].strip()] = _parse_pairs(row["curve"])
    return table


def drive_current(lantern_type: str, level: int) -> int:
    curve = load_table()[lantern_type]
    for (p0, m0), (p1, m1) in zip(curve, curve[1:]):
        if p0 <= level <= p1:
            if p1 == p0:
                return m0
            return round(m0 + (m1 - m0) * (level - p0) / (p1 - p0))
    return curve[-1][1] if level > curve[-1][0] else curve[0][1]
