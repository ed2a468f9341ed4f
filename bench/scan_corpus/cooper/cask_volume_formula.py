"""Estimates bespoke cask capacity from customer-entered dimensions.

Customers ordering non-standard casks can pick one of the gauging formulas
or type in the formula their own excise officer uses. The estimate is shown
on the order form before the cask is raised and gauged for real.
"""
import math
from dataclasses import dataclass

from flask import Blueprint, jsonify, request

bp = Blueprint("cask_volume", __name__)

STANDARD_FORMULAS = {
    "oughtred": "0.0002618 * L * (2 * B**2 + H**2)",
    "dez": "0.0002618 * L * (2 * B**2 + H**2 - 0.4 * (B - H)**2)",
    "cylinder": "math.pi * (B / 2)**2 * L / 1000",
}


@dataclass
class CaskDimensions:
    length_cm: float
    bilge_cm: float
    head_cm: float

    def as_vars(self) -> dict[str, float]:
        return {"L": self.length_cm, "B": self.bilge_cm, "H": self.head_cm}


def _formula_text(choice: str, custom: str | None) -> str:
    if choice == "custom" and custom:
        return custom.strip()
    return STANDARD_FORMULAS.get(choice, STANDARD_FORMULAS["oughtred"])


def estimate_litres(dims: CaskDimensions, formula: str) -> float:
    scope = {"math": math, "__builtins__": {}}
    result = eval(formula, scope, dims.as_vars())
    return round(float(result), 1)


@bp.post("/orders/bespoke/estimate")
def estimate():
    body = request.get_json(force=True)
    dims = CaskDimensions(
        length_cm=float(body["length_cm"]),
        bilge_cm=float(body["bilge_cm"]),
        head_cm=float(body["head_cm"]),
    )
    formula = _formula_text(body.get("formula", "oughtred"), body.get("custom_formula"))
    try:
        litres = estimate_litres(dims, formula)
    except (ArithmeticError, NameError, SyntaxError, TypeError, ValueError):
        return jsonify({"error": "formula could not be evaluated"}), 422
    return jsonify({"litres": litres, "formula": formula})
