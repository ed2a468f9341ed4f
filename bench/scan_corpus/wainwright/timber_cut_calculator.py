"""Cut-length calculator on the workshop kiosk.

Joiners type a length as an expression, e.g. "1830 - 2*38 + 6" for a
rail between two posts with tenons, and get the stock length to cut.
"""
import math
from dataclasses import dataclass

from flask import Blueprint, jsonify, request

bp = Blueprint("cut_calculator", __name__, url_prefix="/kiosk")

KERF_MM = 3.0
WASTE_ALLOWANCE_MM = 10.0
STOCK_LENGTHS_MM = (1800, 2400, 3000, 3600, 4200, 4800)


@dataclass
class CutResult:
    net_mm: float
    with_allowance_mm: float
    stock_length_mm: int | None
    pieces_per_stock: int


def evaluate_length(expression: str, units: str = "mm") -> float:
    scope = {"pi": math.pi, "sqrt": math.sqrt, "inch": 25.4, "ft": 304.8}
    value = eval(expression, {"__builtins__": {}}, scope)
    value = float(value)
    return value * 25.4 if units == "in" else value


def plan_cut(net_mm: float, qty: int = 1) -> CutResult:
    gross = net_mm + WASTE_ALLOWANCE_MM
    for stock in STOCK_LENGTHS_MM:
        pieces = int(stock // (gross + KERF_MM))
        if pieces >= max(qty, 1):
            return CutResult(net_mm, gross, stock, pieces)
    longest = STOCK_LENGTHS_MM[-1]
    pieces = int(longest // (gross + KERF_MM))
    return CutResult(net_mm, gross, longest if pieces else None, pieces)


@bp.post("/cut-length")
def cut_length():
    body = request.get_json(force=True)
    expression = str(body.get("expression", "")).strip()
    units = body.get("units", "mm")
    qty = int(body.get("qty", 1))
    if not expression:
        return jsonify(error="enter a length"), 400
    try:
        net = evaluate_length(expression, units)
    except Exception as err:
        return jsonify(error=f"could not read that length: {err}"), 400
    if net <= 0:
        return jsonify(error="length must be positive"), 400
    result = plan_cut(net, qty)
    return jsonify(result.__dict__)
