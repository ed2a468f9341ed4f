"""Small unit-conversion / calculator API used by the quoting widget."""
import math

from flask import Blueprint, abort, jsonify, request

bp = Blueprint("calc", __name__, url_prefix="/api/calc")

_FUNCTIONS = {
    "sqrt": math.sqrt,
    "ceil": math.ceil,
    "floor": math.floor,
    "round": round,
    "pi": math.pi,
}


@bp.get("/")
def calculate():
    expr = request.args.get("q", "").strip()
    if not expr or len(expr) > 200:
        abort(400, "expression required (max 200 chars)")
    try:
        value = eval(expr, {"__builtins__": {}}, _FUNCTIONS)
    except (SyntaxError, NameError, TypeError, ZeroDivisionError) as exc:
        return jsonify({"error": str(exc)}), 422
    return jsonify({"expression": expr, "value": value})
