"""Pricing rules for private coaching lessons.

The head coach maintains rules such as "length_min * 1.1 if level >= 5"
from the admin screen; the booking service evaluates them to quote a
lesson price.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from decimal import Decimal

from flask import Flask, jsonify, request

app = Flask(__name__)

BASE_RATE_PER_MIN = Decimal("0.85")


@dataclass
class PricingRule:
    name: str
    expression: str
    enabled: bool = True


@dataclass
class RuleBook:
    rules: list[PricingRule] = field(default_factory=list)

    def quote(self, length_min: int, level: int, coach_grade: str) -> Decimal:
        context = {
            "length_min": length_min,
            "level": level,
            "coach_grade": coach_grade,
            "base": float(BASE_RATE_PER_MIN) * length_min,
            "ceil": math.ceil,
        }
        price = context["base"]
        for rule in self.rules:
            if rule.enabled:
                context["price"] = price
                price = _apply(rule.expression, context)
        return Decimal(str(round(price, 2)))


def _apply(expression: str, context: dict) -> float:
    return float(eval(expression, {"__builtins__": {}}, context))


RULES = RuleBook()


@app.post("/admin/pricing-rules")
def add_rule():
    payload = request.get_json(force=True)
    RULES.rules.append(PricingRule(payload["name"], payload["expression"]))
    return jsonify({"rules": len(RULES.rules)}), 201


@app.get("/lessons/quote")
def quote():
    price = RULES.quote(
        int(request.args["length_min"]),
        int(request.args.get("level", 1)),
        request.args.get("coach_grade", "club"),
    )
    return jsonify({"price": str(price)})
