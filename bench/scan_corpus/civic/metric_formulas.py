"""Custom computed metrics for the transparency dashboard builder.

Editors define a metric such as ``spend / population * 1000`` when building
a chart; the formula is evaluated for every row of the dataset when the
chart preview is rendered.
"""
import math

from flask import Blueprint, abort, jsonify, request

from dashboard.datasets import load_rows

bp = Blueprint("metrics", __name__)

ALLOWED_FUNCS = {"round": round, "abs": abs, "min": min, "max": max, "sqrt": math.sqrt}
PREVIEW_ROWS = 500


def evaluate_formula(formula: str, row: dict) -> float:
    scope = dict(ALLOWED_FUNCS)
    scope.update({k: v for k, v in row.items() if isinstance(v, (int, float))})
    return eval(formula, {"__builtins__": {}}, scope)


@bp.post("/api/charts/preview")
def preview_chart():
    payload = request.get_json(force=True)
    formula = payload.get("formula", "").strip()
    if not formula or len(formula) > 200:
        abort(400, "formula must be 1-200 characters")
    label_field = payload.get("label_field", "name")

    points = []
    for row in load_rows(payload["dataset_id"], limit=PREVIEW_ROWS):
        try:
            value = evaluate_formula(formula, row)
        except (ZeroDivisionError, NameError, TypeError, ValueError):
            value = None
        points.append({"label": row.get(label_field), "value": value})
    return jsonify({"formula": formula, "points": points})
