"""Import glaze recipes shared by studio members.

Members export recipes from the desktop glaze calculator as YAML and upload
them through the member portal; this module turns them into Recipe objects.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import IO, Any

import yaml
from flask import Blueprint, jsonify, request

bp = Blueprint("glaze_import", __name__, url_prefix="/glazes")


@dataclass
class Ingredient:
    material: str
    parts: Decimal


@dataclass
class Recipe:
    name: str
    cone: str
    atmosphere: str
    ingredients: list[Ingredient]

    @property
    def batch_total(self) -> Decimal:
        return sum((i.parts for i in self.ingredients), Decimal(0))


class RecipeDocumentReader:
    """Reads recipe documents, keeping the calculator's custom tags."""

    loader_class = yaml.UnsafeLoader

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream

    def documents(self) -> list[dict[str, Any]]:
        data = yaml.load(self._stream, Loader=self.loader_class)
        return data if isinstance(data, list) else [data]


def _to_recipe(doc: dict[str, Any]) -> Recipe:
    return Recipe(
        name=str(doc["name"]).strip(),
        cone=str(doc.get("cone", "6")),
        atmosphere=str(doc.get("atmosphere", "oxidation")),
        ingredients=[
            Ingredient(material=str(m), parts=Decimal(str(p)))
            for m, p in doc.get("ingredients", {}).items()
        ],
    )


@bp.post("/import")
def import_recipes():
    upload = request.files["recipe_file"]
    reader = RecipeDocumentReader(upload.stream)
    recipes = [_to_recipe(d) for d in reader.documents()]
    return jsonify(
        imported=[
            {"name": r.name, "cone": r.cone, "total": str(r.batch_total)} for r in recipes
        ]
    )
