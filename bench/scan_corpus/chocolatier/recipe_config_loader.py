"""Loads production recipe sheets written in YAML by the head chocolatier.

A recipe sheet lists the couverture, tempering points, ganache ratios and
shelf life for each product; the production planner reads them at start-up.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

REQUIRED_KEYS = {"code", "name", "couverture", "temper", "shelf_life_days"}


@dataclass
class TemperPoints:
    melt_c: float
    cool_c: float
    work_c: float


@dataclass
class ProductionRecipe:
    code: str
    name: str
    couverture: str
    temper: TemperPoints
    shelf_life_days: int
    ganache: dict[str, float] = field(default_factory=dict)
    allergens: list[str] = field(default_factory=list)


def _build(doc: dict[str, Any]) -> ProductionRecipe:
    missing = REQUIRED_KEYS - doc.keys()
    if missing:
        raise ValueError(f"recipe {doc.get('code', '?')} missing {sorted(missing)}")
    return ProductionRecipe(
        code=str(doc["code"]),
        name=str(doc["name"]),
        couverture=str(doc["couverture"]),
        temper=TemperPoints(**doc["temper"]),
        shelf_life_days=int(doc["shelf_life_days"]),
        ganache={str(k): float(v) for k, v in doc.get("ganache", {}).items()},
        allergens=[str(a) for a in doc.get("allergens", [])],
    )


def load_sheet(path: Path) -> list[ProductionRecipe]:
    with path.open("r", encoding="utf-8") as fh:
        documents = list(yaml.safe_load_all(fh))
    return [_build(doc) for doc in documents if doc]


def load_folder(folder: Path) -> dict[str, ProductionRecipe]:
    recipes: dict[str, ProductionRecipe] = {}
    for path in sorted(folder.glob("*.y*ml")):
        for recipe in load_sheet(path):
            recipes[recipe.code] = recipe
    return recipes
