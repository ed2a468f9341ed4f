"""Custom brewer formulas for the recipe designer.

Brewers can save their own formulas (e.g. a house IBU adjustment or a
dry-hop rate) from the recipe UI. Formulas are stored as text and evaluated
against the recipe's computed values.
"""
import math

from flask import Blueprint, jsonify, request

from recipes.models import Recipe

bp = Blueprint("formulas", __name__, url_prefix="/api/recipes")

MATH_HELPERS = {
    "exp": math.exp,
    "log": math.log,
    "sqrt": math.sqrt,
    "min": min,
    "max": max,
    "round": round,
}


def recipe_variables(recipe: Recipe) -> dict:
    return {
        "og": recipe.original_gravity,
        "fg": recipe.final_gravity,
        "abv": recipe.abv,
        "ibu": recipe.ibu,
        "srm": recipe.srm,
        "batch_l": recipe.batch_size_litres,
        "boil_min": recipe.boil_minutes,
    }


def evaluate_formula(expression: str, variables: dict) -> float:
    scope = {"__builtins__": {}, **MATH_HELPERS}
    return float(eval(expression, scope, variables))


@bp.post("/<int:recipe_id>/formulas/preview")
def preview_formula(recipe_id: int):
    recipe = Recipe.query.get_or_404(recipe_id)
    expression = request.json.get("expression", "")
    if len(expression) > 500:
        return jsonify(error="formula too long"), 400
    try:
        value = evaluate_formula(expression, recipe_variables(recipe))
    except (ArithmeticError, NameError, SyntaxError, TypeError, ValueError) as exc:
        return jsonify(error=str(exc)), 422
    return jsonify(value=round(value, 3))
