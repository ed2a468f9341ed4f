"""Batch calculator for glaze lab: scale a recipe to a target batch weight.

Recipes can express ingredient amounts as formulas of other ingredients
(for example "silica = 0.5 * feldspar + 4") so that members can adjust a
base glaze without recomputing every line by hand.
"""
import math
from decimal import Decimal, ROUND_HALF_UP

from flask import Blueprint, jsonify, request

bp = Blueprint("glaze_calc", __name__, url_prefix="/glaze-lab")

FORMULA_HELPERS = {"sqrt": math.sqrt, "min": min, "max": max, "round": round}


class RecipeFormulaError(ValueError):
    pass


def resolve_amounts(lines: list[dict]) -> dict[str, float]:
    amounts: dict[str, float] = {}
    for line in lines:
        name = line["material"].strip().lower().replace(" ", "_")
        expression = str(line["amount"])
        scope = {"__builtins__": {}, **FORMULA_HELPERS}
        try:
            amounts[name] = float(eval(expression, scope, dict(amounts)))
        except Exception as exc:
            raise RecipeFormulaError(f"could not evaluate amount for {name}") from exc
    return amounts


def scale_batch(amounts: dict[str, float], batch_grams: float) -> dict[str, str]:
    total = sum(amounts.values())
    if total <= 0:
        raise RecipeFormulaError("recipe has no material")
    factor = batch_grams / total
    return {
        name: str(Decimal(value * factor).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))
        for name, value in amounts.items()
    }


@bp.post("/batch")
def batch():
    body = request.get_json(force=True)
    try:
        amounts = resolve_amounts(body["lines"])
        grams = scale_batch(amounts, float(body.get("batch_grams", 1000)))
    except (RecipeFormulaError, KeyError, TypeError) as exc:
        return jsonify({"error": str(exc)}), 400
    return jsonify({"batch": grams})
