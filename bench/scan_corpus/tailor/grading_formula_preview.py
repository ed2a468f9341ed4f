"""Preview endpoint for pattern-drafting formulas in the workroom console.

Cutters keep house formulas per garment block, e.g. the back width of a
jacket as ``chest / 8 + 5.5`` (cm). Before saving a new formula they
preview it against a customer's measurement sheet.
"""
import math

from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required

from hc_workroom.measurements import load_sheet

bp = Blueprint("grading", __name__, url_prefix="/workroom/grading")

FORMULA_HELPERS = {
    "sqrt": math.sqrt,
    "ceil": math.ceil,
    "floor": math.floor,
    "min": min,
    "max": max,
    "round": round,
}

MAX_FORMULA_LENGTH = 200


def _compile_formula(source: str):
    if len(source) > MAX_FORMULA_LENGTH:
        raise ValueError("formula too long")
    return compile(source, "<grading-formula>", "eval")


def _evaluate(code, sheet: dict) -> float:
    scope = {"__builtins__": {}, **FORMULA_HELPERS}
    return float(eval(code, scope, dict(sheet)))


@bp.post("/preview")
@login_required
def preview_formula():
    if not current_user.has_role("cutter"):
        abort(403)
    payload = request.get_json(force=True)
    sheet = load_sheet(int(payload["customer_id"]))
    if sheet is None:
        abort(404)

    results = {}
    for name, source in payload.get("formulas", {}).items():
        try:
            results[name] = round(_evaluate(_compile_formula(source), sheet), 1)
        except (SyntaxError, ValueError, NameError, ZeroDivisionError, TypeError) as exc:
            results[name] = {"error": str(exc)}
    return jsonify(block=payload.get("block"), results=results)
