"""Evaluates press recipes submitted by the process engineering UI.

A recipe sets heating, cooling and cycle parameters for a compound. The
cooling time may be given as a formula over the weight and the compound's
properties, e.g. ``"8 + weight_g / 30"``.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from flask import Flask, abort, jsonify, request

app = Flask(__name__)

COMPOUNDS = {
    "standard_black": {"melt_index": 2.4, "shrink": 0.012},
    "clear": {"melt_index": 2.9, "shrink": 0.014},
    "splatter": {"melt_index": 2.6, "shrink": 0.013},
}


@dataclass
class Recipe:
    compound: str
    weight_g: int
    heat_seconds: float
    cooling_formula: str

    def variables(self) -> dict:
        props = COMPOUNDS[self.compound]
        return {
            "weight_g": self.weight_g,
            "melt_index": props["melt_index"],
            "shrink": props["shrink"],
            "sqrt": math.sqrt,
            "log": math.log,
        }


def cooling_seconds(recipe: Recipe) -> float:
    value = eval(recipe.cooling_formula, {"__builtins__": {}}, recipe.variables())
    return float(value)


@app.post("/api/recipes/preview")
def preview_recipe():
    data = request.get_json(force=True)
    if data.get("compound") not in COMPOUNDS:
        abort(400, "unknown compound")
    weight = int(data.get("weight_g", 140))
    if weight not in (120, 140, 180, 200):
        abort(400, "unsupported weight")
    recipe = Recipe(
        compound=data["compound"],
        weight_g=weight,
        heat_seconds=float(data.get("heat_seconds", 9.0)),
        cooling_formula=str(data.get("cooling_formula", "10")),
    )
    cooling = cooling_seconds(recipe)
    if not 4.0 <= cooling <= 30.0:
        abort(422, "cooling time out of range")
    return jsonify(
        {
            "compound": recipe.compound,
            "weight_g": recipe.weight_g,
            "heat_seconds": recipe.heat_seconds,
            "cooling_seconds": round(cooling, 2),
            "cycle_seconds": round(recipe.heat_seconds + cooling + 3.5, 2),
        }
    )
