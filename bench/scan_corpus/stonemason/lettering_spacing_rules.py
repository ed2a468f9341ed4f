"""Letter spacing rules for headstone inscriptions.

Designers in the drawing office store a spacing rule per typeface, e.g.
``cap_height * 0.18 + 1.5``, which the layout tool evaluates to get the
gap in millimetres between incised letters for a given cap height.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from flask import Blueprint, abort, jsonify, request

spacing_bp = Blueprint("spacing", __name__, url_prefix="/api/lettering")

ALLOWED_NAMES = {
    "cap_height": 0.0,
    "stroke": 0.0,
    "line_length": 0.0,
    "sqrt": math.sqrt,
    "min": min,
    "max": max,
    "round": round,
}


@dataclass
class LetteringContext:
    cap_height: float
    stroke: float
    line_length: int

    def variables(self) -> dict:
        names = dict(ALLOWED_NAMES)
        names.update(
            cap_height=self.cap_height,
            stroke=self.stroke,
            line_length=self.line_length,
        )
        return names


def evaluate_rule(rule: str, ctx: LetteringContext) -> float:
    value = eval(rule, {"__builtins__": {}}, ctx.variables())
    return round(float(value), 2)


@spacing_bp.post("/preview-spacing")
def preview_spacing():
    payload = request.get_json(force=True)
    try:
        ctx = LetteringContext(
            cap_height=float(payload["cap_height"]),
            stroke=float(payload.get("stroke", 3.0)),
            line_length=int(payload.get("line_length", 20)),
        )
    except (KeyError, TypeError, ValueError):
        abort(400)
    rule = str(payload.get("rule", "cap_height * 0.18"))
    gap = evaluate_rule(rule, ctx)
    if not 0 < gap < ctx.cap_height:
        return jsonify(error="spacing out of range", gap_mm=gap), 422
    return jsonify(gap_mm=gap, total_mm=round(gap * (ctx.line_length - 1), 1))
