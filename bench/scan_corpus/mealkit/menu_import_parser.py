"""Parses the menu-planning spreadsheet export into recipe records.

The planning sheet stores some cells as Python-style literals, e.g. the
allergen column holds ``('gluten', 'milk')`` and the portion column holds
``{2: 180, 4: 360}`` (grams per serving count).
"""
from __future__ import annotations

import ast
import csv
from dataclasses import dataclass
from typing import Any, TextIO

MAX_CELL_CHARS = 500


@dataclass
class PlannedRecipe:
    code: str
    title: str
    week: str
    allergens: tuple[str, ...]
    portions: dict[int, int]


def _literal(cell: str, expected: type) -> Any:
    cell = cell.strip()
    if not cell:
        return expected()
    if len(cell) > MAX_CELL_CHARS:
        raise ValueError("cell too long")
    value = ast.literal_eval(cell)
    if not isinstance(value, expected):
        raise ValueError(f"expected {expected.__name__}, got {type(value).__name__}")
    return value


def parse_planning_sheet(fh: TextIO) -> list[PlannedRecipe]:
    recipes = []
    for lineno, row in enumerate(csv.DictReader(fh), start=2):
        try:
            recipes.append(
                PlannedRecipe(
                    code=row["recipe_code"].strip(),
                    title=row["title"].strip(),
                    week=row["menu_week"].strip(),
                    allergens=tuple(str(a) for a in _literal(row["allergens"], tuple)),
                    portions={int(k): int(v) for k, v in _literal(row["portions"], dict).items()},
                )
            )
        except (ValueError, SyntaxError) as exc:
            raise ValueError(f"row {lineno}: {exc}") from exc
    return recipes
