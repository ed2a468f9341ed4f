"""Manual price overrides in the office booking screen.

Office staff sometimes agree a special price over the phone (repeat hirers,
short-notice cancellations, boats with a fault). The booking screen lets
them type a formula such as ``base * 0.85`` or ``nights * 95 + 40`` which is
applied to the standard quote.
"""
from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal

from flask import Blueprint, abort, jsonify, request
from flask_login import login_required

from canalboat.pricing import standard_quote

bp = Blueprint("quote_override", __name__, url_prefix="/office/quotes")

FORMULA_HELPERS = {"min": min, "max": max, "round": round, "ceil": math.ceil, "floor": math.floor}


def _scope(quote) -> dict:
    return {
        "base": float(quote.total),
        "nights": quote.nights,
        "berths": quote.berths,
        "fuel": float(quote.fuel_estimate),
        **FORMULA_HELPERS,
    }


def apply_formula(quote, formula: str) -> Decimal:
    value = eval(formula, {"__builtins__": {}}, _scope(quote))
    return Decimal(str(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


@bp.post("/<booking_ref>/override")
@login_required
def override_quote(booking_ref: str):
    body = request.get_json(silent=True) or {}
    formula = (body.get("formula") or "").strip()
    if not formula:
        abort(400)
    quote = standard_quote(booking_ref)
    try:
        price = apply_formula(quote, formula)
    except (ArithmeticError, NameError, SyntaxError, TypeError) as exc:
        return jsonify({"error": f"could not evaluate formula: {exc}"}), 422
    if price <= 0:
        return jsonify({"error": "price must be positive"}), 422
    return jsonify({"booking": booking_ref, "standard": str(quote.total), "override": str(price)})
