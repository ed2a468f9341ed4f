"""Let members import glaze recipes exported from desktop glaze calculators.

Members upload a .yaml export; we read the ingredient list and cone range
and save it to their personal recipe book.
"""
from decimal import Decimal

import yaml
from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required

from potter.db import db_session
from potter.models import GlazeRecipe, RecipeIngredient

bp = Blueprint("glaze_import", __name__, url_prefix="/recipes")

MAX_UPLOAD_BYTES = 256 * 1024


def read_export(stream) -> dict:
    document = yaml.load(stream, Loader=yaml.Loader)
    if not isinstance(document, dict) or "ingredients" not in document:
        raise ValueError("not a glaze calculator export")
    return document


def to_recipe(document: dict, owner_id: int) -> GlazeRecipe:
    recipe = GlazeRecipe(
        owner_id=owner_id,
        name=str(document.get("name", "Imported glaze"))[:120],
        cone_low=int(document.get("cone_low", 6)),
        cone_high=int(document.get("cone_high", 6)),
        atmosphere=str(document.get("atmosphere", "oxidation")),
    )
    for item in document["ingredients"]:
        recipe.ingredients.append(
            RecipeIngredient(material=str(item["material"]), parts=Decimal(str(item["parts"])))
        )
    return recipe


@bp.post("/import")
@login_required
def import_recipe():
    upload = request.files.get("export")
    if upload is None or request.content_length > MAX_UPLOAD_BYTES:
        abort(400)
    try:
        recipe = to_recipe(read_export(upload.stream), current_user.id)
    except (ValueError, KeyError, TypeError):
        abort(422)
    db_session.add(recipe)
    db_session.commit()
    return jsonify({"id": recipe.id, "name": recipe.name}), 201
