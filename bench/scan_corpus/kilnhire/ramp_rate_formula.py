"""Evaluates member-defined ramp formulas for advanced firing programs.

Experienced members can describe a segment's ramp rate as a formula of the
elapsed minutes ``t`` and current temperature ``temp`` instead of a constant,
e.g. ``"120 if temp < 600 else 80"``. The scheduler samples the formula every
minute to build the program pushed to the controller.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from flask import Blueprint, jsonify, request
from flask_login import login_required

bp = Blueprint("ramp_formula", __name__)

MAX_RATE = 600.0
_ALLOWED_NAMES = {"min": min, "max": max, "abs": abs, "sqrt": math.sqrt}


@dataclass
class RampFormula:
    expression: str

    def rate_at(self, t: float, temp: float) -> float:
        scope = dict(_ALLOWED_NAMES, t=t, temp=temp)
        value = eval(self.expression, {"__builtins__": {}}, scope)
        rate = float(value)
        if not 0 < rate <= MAX_RATE:
            raise ValueError(f"rate {rate:.1f} outside 0-{MAX_RATE:.0f} C/h")
        return rate


def simulate(formula: RampFormula, start_c: float, target_c: float) -> list[dict]:
    points = []
    temp, t = start_c, 0.0
    while temp < target_c and t < 48 * 60:
        rate = formula.rate_at(t, temp)
        temp = min(target_c, temp + rate / 60.0)
        t += 1
        if int(t) % 15 == 0:
            points.append({"t": int(t), "temp": round(temp, 1), "rate": rate})
    return points


@bp.post("/programs/preview")
@login_required
def preview():
    body = request.get_json(force=True)
    expression = str(body.get("formula", ""))[:200]
    try:
        formula = RampFormula(expression)
        curve = simulate(
            formula,
            start_c=float(body.get("start_c", 20)),
            target_c=float(body.get("target_c", 1000)),
        )
    except Exception as exc:
        return jsonify({"error": str(exc)}), 422
    return jsonify({"curve": curve})
