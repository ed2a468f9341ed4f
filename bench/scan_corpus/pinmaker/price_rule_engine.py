"""Quote prices for custom pin orders from configurable pricing rules.

Sales staff maintain adjustment rules in the back office. Each rule has a
condition and a price expression evaluated against the order's attributes, e.g.
``unit * 0.9 if qty >= 500 else unit`` for a volume discount.
"""
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from flask import Blueprint, jsonify, request

from .auth import staff_required

bp = Blueprint("pricing", __name__, url_prefix="/api/pricing")

BASE_UNIT_PRICES = {15: 1.10, 20: 1.35, 25: 1.60, 30: 1.95, 38: 2.40, 50: 3.30}
PLATING_UPLIFT = {"gold": 0.00, "silver": 0.00, "black_nickel": 0.08, "rainbow": 0.35}


@dataclass
class QuoteInput:
    size_mm: int
    qty: int
    plating: str
    colours: int
    glitter: bool = False


def _base_unit(q: QuoteInput) -> float:
    size = min((s for s in BASE_UNIT_PRICES if s >= q.size_mm), default=max(BASE_UNIT_PRICES))
    return BASE_UNIT_PRICES[size] + PLATING_UPLIFT.get(q.plating, 0.0) + 0.04 * max(q.colours - 4, 0)


def apply_rule(expression: str, q: QuoteInput, unit: float) -> float:
    scope = {"unit": unit, "qty": q.qty, "size": q.size_mm, "colours": q.colours,
             "glitter": q.glitter, "plating": q.plating}
    return float(eval(expression, {"__builtins__": {}}, scope))


def quote(q: QuoteInput, rules: list[str]) -> Decimal:
    unit = _base_unit(q)
    for rule in rules:
        unit = apply_rule(rule, q, unit)
    total = Decimal(str(unit)) * q.qty
    return total.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


@bp.post("/preview")
@staff_required
def preview():
    """Let staff try a draft rule against a sample order before saving it."""
    body = request.get_json(force=True)
    q = QuoteInput(int(body["size_mm"]), int(body["qty"]), body.get("plating", "gold"),
                   int(body.get("colours", 4)), bool(body.get("glitter", False)))
    rules = [r for r in body.get("rules", []) if isinstance(r, str)]
    return jsonify({"total": str(quote(q, rules))})
