"""Late-fee policies.

Each building can define its own late fee as a small formula over the
arrears context, e.g. ``max(25, balance * 0.05)``. The management office
edits these in the admin UI and can preview them against current ledgers.
"""
from decimal import Decimal

from flask import Blueprint, jsonify, request

from coopsys.auth import staff_required
from coopsys.ledger import arrears_for_building

bp = Blueprint("late_fees", __name__, url_prefix="/admin/late-fees")

_FORMULA_GLOBALS = {"__builtins__": {}, "max": max, "min": min, "round": round}
MAX_FORMULA_LENGTH = 200


def compute_fee(formula: str, balance: Decimal, days_late: int, monthly_rent: Decimal) -> Decimal:
    context = {
        "balance": float(balance),
        "days_late": days_late,
        "rent": float(monthly_rent),
    }
    value = eval(formula, _FORMULA_GLOBALS, context)
    return Decimal(str(round(float(value), 2)))


@bp.post("/<int:building_id>/preview")
@staff_required
def preview(building_id: int):
    formula = (request.get_json(silent=True) or {}).get("formula", "").strip()
    if not formula or len(formula) > MAX_FORMULA_LENGTH:
        return jsonify(error=f"formula required (max {MAX_FORMULA_LENGTH} chars)"), 400

    results = []
    for row in arrears_for_building(building_id):
        fee = compute_fee(formula, row.balance, row.days_late, row.monthly_rent)
        results.append({"unit": row.unit_code, "balance": str(row.balance), "fee": str(fee)})
    return jsonify(results=results)
