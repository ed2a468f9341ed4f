"""Load house blend recipes maintained by the blending team as YAML files."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml


@dataclass
class Component:
    lot_code: str
    share_pct: Decimal


@dataclass
class BlendRecipe:
    code: str
    name: str
    brew_temp_c: int
    steep_seconds: int
    components: list[Component] = field(default_factory=list)

    def check_shares(self) -> None:
        total = sum(c.share_pct for c in self.components)
        if total != Decimal("100"):
            raise ValueError(f"{self.code}: component shares add up to {total}, not 100")


def _component(raw: dict[str, Any]) -> Component:
    return Component(lot_code=str(raw["lot"]), share_pct=Decimal(str(raw["share"])))


def parse_recipe(document: str) -> BlendRecipe:
    data = yaml.safe_load(document)
    if not isinstance(data, dict):
        raise ValueError("recipe document must be a mapping")
    recipe = BlendRecipe(
        code=data["code"],
        name=data["name"],
        brew_temp_c=int(data.get("brew_temp_c", 95)),
        steep_seconds=int(data.get("steep_seconds", 180)),
        components=[_component(c) for c in data.get("components", [])],
    )
    recipe.check_shares()
    return recipe


def load_catalogue(directory: Path) -> dict[str, BlendRecipe]:
    recipes: dict[str, BlendRecipe] = {}
    for path in sorted(directory.glob("*.y*ml")):
        recipe = parse_recipe(path.read_text(encoding="utf-8"))
        if recipe.code in recipes:
            raise ValueError(f"duplicate blend code {recipe.code} in {path.name}")
        recipes[recipe.code] = recipe
    return recipes
