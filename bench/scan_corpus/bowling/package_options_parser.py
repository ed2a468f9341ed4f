"""Parse party package definitions from the events team's spreadsheet export.

Some columns hold Python-style literals because that is how the old booking
system exported them, e.g. ``add_ons`` is ``['pizza', 'slush', 'photo']`` and
``lane_hours`` is ``{'weekday': 1.5, 'weekend': 2}``.
"""
from __future__ import annotations

import ast
import csv
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path


@dataclass
class PackageDef:
    code: str
    name: str
    price_per_guest: Decimal
    min_guests: int
    add_ons: list[str]
    lane_hours: dict[str, float]


def _literal(cell: str, expected: type):
    text = (cell or "").strip()
    value = ast.literal_eval(text) if text else expected()
    if not isinstance(value, expected):
        raise ValueError(f"expected {expected.__name__}, got {type(value).__name__}")
    return value


def load_packages(path: Path) -> list[PackageDef]:
    packages = []
    with path.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            packages.append(
                PackageDef(
                    code=row["code"].strip().upper(),
                    name=row["name"].strip(),
                    price_per_guest=Decimal(row["price_per_guest"]),
                    min_guests=int(row["min_guests"]),
                    add_ons=_literal(row.get("add_ons", ""), list),
                    lane_hours=_literal(row.get("lane_hours", ""), dict),
                )
            )
    return packages
