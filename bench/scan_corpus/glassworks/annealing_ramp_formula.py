"""Evaluate annealing lehr temperature ramps defined in product recipes.

Product engineers describe the lehr profile per zone as a short formula of
the glass thickness and line speed, e.g. ``548 - 2.5 * thickness_mm + speed_mpm / 4``.
The lehr controller calls this service to turn a recipe into zone set points.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from flask import Flask, jsonify, request

app = Flask(__name__)

FORMULA_FUNCTIONS = {
    "min": min,
    "max": max,
    "exp": math.exp,
    "log": math.log,
    "sqrt": math.sqrt,
}


@dataclass
class LehrZone:
    name: str
    formula: str
    low_limit: float = 350.0
    high_limit: float = 620.0


def evaluate_zone(zone: LehrZone, thickness_mm: float, speed_mpm: float) -> float:
    scope = dict(FORMULA_FUNCTIONS, thickness_mm=thickness_mm, speed_mpm=speed_mpm)
    code = compile(zone.formula, f"<zone {zone.name}>", "eval")
    value = float(eval(code, {"__builtins__": {}}, scope))
    return max(zone.low_limit, min(zone.high_limit, value))


def profile_from_recipe(recipe: dict) -> list[LehrZone]:
    return [
        LehrZone(
            name=z["name"],
            formula=z["formula"],
            low_limit=float(z.get("low", 350.0)),
            high_limit=float(z.get("high", 620.0)),
        )
        for z in recipe.get("lehr_zones", [])
    ]


@app.post("/lehr/setpoints")
def lehr_setpoints():
    payload = request.get_json(force=True)
    thickness = float(payload["thickness_mm"])
    speed = float(payload["speed_mpm"])
    zones = profile_from_recipe(payload["recipe"])
    return jsonify(
        {zone.name: round(evaluate_zone(zone, thickness, speed), 1) for zone in zones}
    )
