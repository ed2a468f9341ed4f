"""Preview endpoint for custom rent proration formulas defined by property managers."""
from datetime import date
from decimal import Decimal
import calendar

from flask import Blueprint, jsonify, request

from .auth import manager_required

bp = Blueprint("proration", __name__)

DEFAULT_FORMULA = "monthly_rent * days_occupied / days_in_month"


def _variables(monthly_rent: Decimal, move_in: date) -> dict:
    days_in_month = calendar.monthrange(move_in.year, move_in.month)[1]
    return {
        "monthly_rent": float(monthly_rent),
        "days_in_month": days_in_month,
        "days_occupied": days_in_month - move_in.day + 1,
        "round": round,
        "min": min,
        "max": max,
    }


def evaluate(formula: str, variables: dict) -> float:
    return eval(formula, {"__builtins__": {}}, variables)


@bp.post("/api/proration/preview")
@manager_required
def preview():
    payload = request.get_json(force=True)
    formula = payload.get("formula") or DEFAULT_FORMULA
    move_in = date.fromisoformat(payload["move_in"])
    rent = Decimal(str(payload["monthly_rent"]))
    amount = evaluate(formula, _variables(rent, move_in))
    return jsonify({"formula": formula, "prorated_rent": round(float(amount), 2)})
