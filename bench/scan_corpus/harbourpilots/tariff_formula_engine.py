"""Evaluates surcharge formulas for pilotage invoices.

Shipping agents submit special-service requests (night transit, tug
escort, standby hours) through the agent portal together with the
surcharge expression quoted in their service agreement, e.g.
``base * 0.25 + standby_hours * 180``.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from flask import Flask, jsonify, request

app = Flask(__name__)

_ALLOWED_NAMES = {"min": min, "max": max, "ceil": math.ceil, "floor": math.floor}


@dataclass
class TariffContext:
    base: float
    gross_tonnage: int
    standby_hours: float
    night: bool

    def as_names(self) -> dict:
        return {
            "base": self.base,
            "gt": self.gross_tonnage,
            "standby_hours": self.standby_hours,
            "night": 1 if self.night else 0,
        }


class SurchargeCalculator:
    def __init__(self, expression: str) -> None:
        self.expression = expression.strip()

    def _evaluate(self, names: dict) -> float:
        scope = dict(_ALLOWED_NAMES)
        scope.update(names)
        return float(eval(self.expression, {"__builtins__": {}}, scope))

    def amount(self, ctx: TariffContext) -> Decimal:
        value = self._evaluate(ctx.as_names())
        if value < 0:
            raise ValueError("surcharge cannot be negative")
        return Decimal(str(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def base_fee(gross_tonnage: int) -> float:
    bands = [(5_000, 850.0), (20_000, 1_450.0), (60_000, 2_300.0)]
    for limit, fee in bands:
        if gross_tonnage <= limit:
            return fee
    return 2_300.0 + (gross_tonnage - 60_000) * 0.012


@app.post("/api/agents/service-requests/quote")
def quote():
    body = request.get_json(force=True)
    gt = int(body["gross_tonnage"])
    ctx = TariffContext(
        base=base_fee(gt),
        gross_tonnage=gt,
        standby_hours=float(body.get("standby_hours", 0)),
        night=bool(body.get("night", False)),
    )
    calc = SurchargeCalculator(body.get("surcharge_expr", "0"))
    try:
        surcharge = calc.amount(ctx)
    except (ValueError, ArithmeticError, NameError, SyntaxError):
        return jsonify({"error": "invalid surcharge expression"}), 422
    return jsonify({"base": round(ctx.base, 2), "surcharge": str(surcharge)})
