"""Optimistic locking for edits to batch dye recipes.

Colourists edit recipes (dyestuff grams per litre, auxiliaries, liquor
ratio) in the browser. The API hands out an ETag per recipe revision and
rejects a save made against a revision that has since changed.
"""
import hashlib
import json

from flask import Blueprint, jsonify, request
from flask_login import login_required

from dyer.db import db
from dyer.models import BatchRecipe

bp = Blueprint("recipes", __name__, url_prefix="/recipes")


def recipe_etag(recipe: BatchRecipe) -> str:
    canonical = json.dumps(recipe.as_dict(), sort_keys=True, separators=(",", ":"))
    return '"' + hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:32] + '"'


@bp.get("/<int:recipe_id>")
@login_required
def get_recipe(recipe_id: int):
    recipe = BatchRecipe.query.get_or_404(recipe_id)
    response = jsonify(recipe.as_dict())
    response.headers["ETag"] = recipe_etag(recipe)
    return response


@bp.put("/<int:recipe_id>")
@login_required
def save_recipe(recipe_id: int):
    recipe = BatchRecipe.query.get_or_404(recipe_id)
    current = recipe_etag(recipe)
    if request.headers.get("If-Match") != current:
        return jsonify({"error": "recipe changed since you opened it", "etag": current}), 412
    body = request.get_json(force=True)
    recipe.liquor_ratio = body["liquor_ratio"]
    recipe.replace_components(body["components"])
    recipe.revision += 1
    db.session.commit()
    response = jsonify(recipe.as_dict())
    response.headers["ETag"] = recipe_etag(recipe)
    return response
