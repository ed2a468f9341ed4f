"""Reads glaze recipes that members paste or upload in YAML form.

Example::

    name: Celadon 6
    cone: "6"
    ingredients:
      Custer Feldspar: 27
      Silica: 25
      Whiting: 20
      EPK: 18
      Talc: 10
    additions:
      Red Iron Oxide: 1.5
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

import yaml

_RECIPE_LOADER = yaml.SafeLoader
MAX_INGREDIENTS = 20


class RecipeError(ValueError):
    pass


@dataclass
class GlazeRecipe:
    name: str
    cone: str
    ingredients: dict[str, Decimal]
    additions: dict[str, Decimal] = field(default_factory=dict)

    @property
    def base_total(self) -> Decimal:
        return sum(self.ingredients.values(), Decimal(0))

    def scaled(self, batch_grams: Decimal) -> dict[str, Decimal]:
        factor = batch_grams / self.base_total
        parts = {**self.ingredients, **self.additions}
        return {name: (amount * factor).quantize(Decimal("0.1")) for name, amount in parts.items()}


def _amounts(raw) -> dict[str, Decimal]:
    if raw is None:
        return {}
    if not isinstance(raw, dict) or len(raw) > MAX_INGREDIENTS:
        raise RecipeError("ingredients must be a mapping of up to 20 materials")
    out = {}
    for material, amount in raw.items():
        value = Decimal(str(amount))
        if value <= 0:
            raise RecipeError(f"{material}: amount must be positive")
        out[str(material)] = value
    return out


def load_recipe(text: str) -> GlazeRecipe:
    doc = yaml.load(text, Loader=_RECIPE_LOADER)
    if not isinstance(doc, dict):
        raise RecipeError("recipe must be a mapping")
    ingredients = _amounts(doc.get("ingredients"))
    if not ingredients:
        raise RecipeError("recipe has no ingredients")
    return GlazeRecipe(
        name=str(doc.get("name", "Untitled")),
        cone=str(doc.get("cone", "")),
        ingredients=ingredients,
        additions=_amounts(doc.get("additions")),
    )
