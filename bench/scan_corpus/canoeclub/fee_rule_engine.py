"""Membership fee rules maintained by the treasurer.

Fee rules are edited in the admin screens as small arithmetic formulas,
for example ``base * 0.5 if age < 18 else base``, and are evaluated when
renewal invoices are generated.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from flask import Blueprint, jsonify, request

bp = Blueprint("fees", __name__, url_prefix="/admin/fees")

SAFE_NAMES = {"min": min, "max": max, "round": round, "ceil": math.ceil, "floor": math.floor}


def _evaluate(formula: str, variables: dict) -> float:
    scope = dict(SAFE_NAMES)
    scope.update(variables)
    return float(eval(formula, {"__builtins__": {}}, scope))


@dataclass
class FeeRule:
    name: str
    formula: str
    variables: dict = field(default_factory=dict)

    @property
    def amount(self) -> Decimal:
        value = Decimal(str(_evaluate(self.formula, self.variables)))
        return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def member_variables(member: dict, base: float) -> dict:
    return {
        "base": base,
        "age": member.get("age", 30),
        "years": member.get("years_member", 0),
        "boats": member.get("boats_stored", 0),
        "family": 1 if member.get("family_plan") else 0,
    }


@bp.post("/preview")
def preview_rule():
    body = request.get_json(force=True)
    rule = FeeRule(
        name=body.get("name", "preview"),
        formula=body["formula"],
        variables=member_variables(body.get("member", {}), float(body.get("base", 120))),
    )
    return jsonify(rule=rule.name, amount=str(rule.amount))
