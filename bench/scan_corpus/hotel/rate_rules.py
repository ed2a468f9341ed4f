"""Dynamic pricing rules for the revenue-management console.

Revenue managers write a rule as an expression over the base rate and the
current demand signals, for example::

    base * 1.15 if occupancy > 0.85 else base * (0.9 if lead_days > 60 else 1)

Rules are stored per rate plan and applied when rates are pushed to the
channel manager. The preview endpoint lets them try a rule before saving.
"""
import math
from dataclasses import asdict, dataclass

from flask import Blueprint, jsonify, request

bp = Blueprint("rate_rules", __name__, url_prefix="/revenue/rules")

_HELPERS = {"min": min, "max": max, "round": round, "ceil": math.ceil, "floor": math.floor}


@dataclass
class DemandContext:
    base: float
    occupancy: float
    lead_days: int
    day_of_week: int
    los: int = 1
    pickup_7d: int = 0


def apply_rule(expression: str, ctx: DemandContext) -> float:
    scope = {**_HELPERS, **asdict(ctx)}
    value = eval(expression, {"__builtins__": {}}, scope)
    return round(float(value), 2)


@bp.post("/preview")
def preview():
    payload = request.get_json(force=True)
    expression = payload["expression"]
    samples = [
        DemandContext(base=payload.get("base", 120.0), occupancy=occ, lead_days=lead, day_of_week=5)
        for occ in (0.4, 0.7, 0.9)
        for lead in (1, 14, 90)
    ]
    return jsonify(
        [{"occupancy": s.occupancy, "lead_days": s.lead_days, "rate": apply_rule(expression, s)} for s in samples]
    )
