"""Loads bake recipe definitions maintained by the product development team.

Recipes live as YAML files in the recipes repository and are synced to the
MES; each defines zone temperatures, belt speed and proving time.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

RECIPE_READER = {
    "load": yaml.safe_load,
    "suffixes": (".yaml", ".yml"),
}


@dataclass
class Recipe:
    code: str
    product_sku: str
    zone_temps_c: list[float]
    belt_speed_m_min: float
    proving_minutes: int


def _read(path: Path, reader: dict = RECIPE_READER) -> dict:
    if path.suffix not in reader["suffixes"]:
        raise ValueError(f"{path.name} is not a recipe file")
    with path.open("r", encoding="utf-8") as fh:
        data = reader["load"](fh)
    if not isinstance(data, dict):
        raise ValueError(f"{path.name} does not contain a mapping")
    return data


def load_recipe(path: Path) -> Recipe:
    data = _read(path)
    return Recipe(
        code=str(data["code"]),
        product_sku=str(data["sku"]),
        zone_temps_c=[float(t) for t in data["zones"]],
        belt_speed_m_min=float(data["belt_speed"]),
        proving_minutes=int(data.get("proving", 0)),
    )


def load_all(recipe_dir: Path) -> dict[str, Recipe]:
    recipes = {}
    for path in sorted(recipe_dir.iterdir()):
        if path.suffix in RECIPE_READER["suffixes"]:
            recipe = load_recipe(path)
            recipes[recipe.code] = recipe
    return recipes
