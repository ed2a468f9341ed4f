"""Batch scaling for recipes in the recipe management service.

Recipes can carry per-ingredient scaling formulas, because e.g. yeast does
not scale linearly with dough weight on the big spiral mixers:

    "yeast": {"base_g": 420, "formula": "base * (batch / ref) ** 0.85"}
"""
import math

from flask import Blueprint, jsonify, request

bp = Blueprint("scaling", __name__)

FORMULA_NAMES = {
    "sqrt": math.sqrt,
    "ceil": math.ceil,
    "floor": math.floor,
    "min": min,
    "max": max,
    "round": round,
}


def scale_ingredient(spec: dict, batch_kg: float, ref_kg: float) -> float:
    base = float(spec["base_g"])
    formula = spec.get("formula")
    if not formula:
        return base * batch_kg / ref_kg
    scope = {"base": base, "batch": batch_kg, "ref": ref_kg}
    return float(eval(formula, {"__builtins__": {}, **FORMULA_NAMES}, scope))


@bp.post("/api/recipes/scale")
def scale_recipe():
    body = request.get_json(force=True)
    recipe = body["recipe"]
    batch_kg = float(body["batch_kg"])
    ref_kg = float(recipe.get("reference_batch_kg", 100))
    scaled = {
        name: round(scale_ingredient(spec, batch_kg, ref_kg), 1)
        for name, spec in recipe["ingredients"].items()
    }
    return jsonify({"code": recipe.get("code"), "batch_kg": batch_kg, "ingredients_g": scaled})
