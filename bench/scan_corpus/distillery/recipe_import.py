"""Imports mash and fermentation recipes from YAML files.

Recipes are authored by the production team and uploaded through the ops
console; each file describes grain bill, yeast, and fermentation schedule.
"""
from dataclasses import dataclass

import yaml
from flask import Blueprint, abort, jsonify, request
from flask_login import login_required

from .recipes import save_recipe

bp = Blueprint("recipe_import", __name__, url_prefix="/ops/recipes")

_YAML_OPTS = {"Loader": yaml.SafeLoader}
MAX_BYTES = 128 * 1024


@dataclass
class GrainBillItem:
    grain: str
    kg: float


@dataclass
class Recipe:
    name: str
    grain_bill: list[GrainBillItem]
    yeast: str
    ferment_hours: int


def parse_recipe(text: str) -> Recipe:
    doc = yaml.load(text, **_YAML_OPTS)
    if not isinstance(doc, dict):
        raise ValueError("recipe must be a mapping")
    return Recipe(
        name=str(doc["name"]),
        grain_bill=[GrainBillItem(str(g["grain"]), float(g["kg"])) for g in doc["grain_bill"]],
        yeast=str(doc["yeast"]),
        ferment_hours=int(doc["ferment_hours"]),
    )


@bp.post("/")
@login_required
def upload_recipe():
    upload = request.files.get("recipe")
    if upload is None:
        abort(400, "no file")
    raw = upload.read(MAX_BYTES + 1)
    if len(raw) > MAX_BYTES:
        abort(413)
    try:
        recipe = parse_recipe(raw.decode("utf-8"))
    except (KeyError, TypeError, ValueError, yaml.YAMLError) as exc:
        abort(400, f"invalid recipe: {exc}")
    return jsonify(id=save_recipe(recipe)), 201
