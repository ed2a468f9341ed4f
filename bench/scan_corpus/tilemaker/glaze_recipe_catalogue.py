"""Glaze and slip recipe catalogue for the studio.

Recipes live as YAML documents in the studio's recipe folder and are also
accepted from partner workshops through the portal. They are loaded into
plain dictionaries and validated before use.
"""
from pathlib import Path

import yaml

from tilemaker.settings import RECIPE_DIR

try:
    RecipeLoader = yaml.CSafeLoader
except AttributeError:
    RecipeLoader = yaml.SafeLoader

REQUIRED = {"code", "name", "ingredients", "cone"}


class RecipeError(ValueError):
    pass


def load_recipe(text) -> dict:
    doc = yaml.load(text, Loader=RecipeLoader)
    if not isinstance(doc, dict):
        raise RecipeError("recipe must be a mapping")
    missing = REQUIRED - doc.keys()
    if missing:
        raise RecipeError(f"missing fields: {', '.join(sorted(missing))}")
    total = sum(float(i["parts"]) for i in doc["ingredients"])
    if not 99.0 <= total <= 101.0:
        raise RecipeError(f"ingredient parts sum to {total}, expected 100")
    return doc


def catalogue(directory: str = RECIPE_DIR) -> dict:
    recipes = {}
    for path in sorted(Path(directory).glob("*.y*ml")):
        recipe = load_recipe(path.read_bytes())
        recipes[recipe["code"]] = recipe
    return recipes


def recipes_for_cone(cone: str, directory: str = RECIPE_DIR) -> list:
    return [r for r in catalogue(directory).values() if str(r["cone"]) == cone]
