"""Import donated stock sheets exported from supermarket surplus systems.

Suppliers send CSVs where the ``allergens`` column holds a Python-style list
literal such as ``['gluten', 'milk']`` and ``pack`` holds a tuple like
``(12, 400)`` for units per case and grams per unit.
"""
from __future__ import annotations

import ast
import csv
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

KNOWN_ALLERGENS = {
    "celery", "gluten", "crustaceans", "eggs", "fish", "lupin", "milk",
    "molluscs", "mustard", "nuts", "peanuts", "sesame", "soya", "sulphites",
}


class RowFormatError(ValueError):
    pass


@dataclass
class DonatedLine:
    gtin: str
    description: str
    cases: int
    units_per_case: int
    grams_per_unit: int
    allergens: set[str] = field(default_factory=set)


def _literal(cell: str, expected: type) -> Any:
    try:
        value = ast.literal_eval(cell.strip() or expected().__repr__())
    except (ValueError, SyntaxError) as exc:
        raise RowFormatError(f"cannot parse {cell!r}") from exc
    if not isinstance(value, expected):
        raise RowFormatError(f"expected {expected.__name__}, got {type(value).__name__}")
    return value


def parse_row(row: dict[str, str]) -> DonatedLine:
    allergens = {str(a).lower() for a in _literal(row.get("allergens", ""), list)}
    pack = _literal(row["pack"], tuple)
    if len(pack) != 2 or not all(isinstance(n, int) for n in pack):
        raise RowFormatError("pack must be (units_per_case, grams_per_unit)")
    return DonatedLine(
        gtin=row["gtin"].strip(),
        description=row["description"].strip(),
        cases=int(row["cases"]),
        units_per_case=pack[0],
        grams_per_unit=pack[1],
        allergens=allergens & KNOWN_ALLERGENS,
    )


def read_sheet(path: Path) -> Iterator[DonatedLine]:
    with path.open(newline="", encoding="utf-8-sig") as fh:
        for row in csv.DictReader(fh):
            yield parse_row(row)
