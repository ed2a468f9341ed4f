"""Imports recipe files that brewers upload from their desktop recipe software."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

import yaml
from flask import Flask, jsonify, request

log = logging.getLogger(__name__)
app = Flask(__name__)

PARSER_OPTIONS: dict[str, Any] = {"Loader": yaml.Loader}
MAX_UPLOAD_BYTES = 256 * 1024


@dataclass
class Fermentable:
    name: str
    kg: float
    ebc: float


@dataclass
class Hop:
    variety: str
    grams: float
    minute: int
    alpha_acid: float


@dataclass
class Recipe:
    name: str
    style: str
    batch_litres: float
    fermentables: list[Fermentable] = field(default_factory=list)
    hops: list[Hop] = field(default_factory=list)
    yeast: str = ""


def parse_recipe(text: str) -> Recipe:
    doc = yaml.load(text, **PARSER_OPTIONS)
    if not isinstance(doc, dict) or "name" not in doc:
        raise ValueError("recipe file must be a mapping with a name")
    return Recipe(
        name=str(doc["name"]),
        style=str(doc.get("style", "")),
        batch_litres=float(doc.get("batch_litres", 0)),
        fermentables=[Fermentable(**f) for f in doc.get("fermentables", [])],
        hops=[Hop(**h) for h in doc.get("hops", [])],
        yeast=str(doc.get("yeast", "")),
    )


def total_grist_kg(recipe: Recipe) -> float:
    return round(sum(f.kg for f in recipe.fermentables), 2)


@app.post("/recipes/import")
def import_recipe():
    upload = request.files.get("recipe")
    if upload is None:
        return jsonify(error="no file"), 400
    raw = upload.read(MAX_UPLOAD_BYTES + 1)
    if len(raw) > MAX_UPLOAD_BYTES:
        return jsonify(error="file too large"), 413
    try:
        recipe = parse_recipe(raw.decode("utf-8"))
    except (ValueError, TypeError, yaml.YAMLError) as exc:
        return jsonify(error=str(exc)), 422
    log.info("imported recipe %s (%s)", recipe.name, recipe.style)
    return jsonify(name=recipe.name, grist_kg=total_grist_kg(recipe), hops=len(recipe.hops))
