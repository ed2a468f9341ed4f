"""Fuel dock price rules.

Dockmasters maintain surcharge/discount rules from the back-office screen. A
rule is a small formula over the sale, e.g. ``litres * 0.02 if member else
litres * 0.05``; all matching rules are added to the base pump price.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from flask import Blueprint, jsonify, request

from marina.db import db
from marina.fuel.models import PriceRule

bp = Blueprint("fuel_rules", __name__, url_prefix="/api/fuel/rules")

_ALLOWED_NAMES = {"min": min, "max": max, "round": round, "ceil": math.ceil}


@dataclass
class Sale:
    litres: float
    grade: str
    member: bool
    berth_holder: bool
    hour: int


def evaluate_rule(expression: str, sale: Sale) -> float:
    scope = dict(_ALLOWED_NAMES, **vars(sale))
    return float(eval(expression, {"__builtins__": {}}, scope))


def price_sale(sale: Sale, unit_price: Decimal) -> Decimal:
    total = Decimal(str(sale.litres)) * unit_price
    for rule in PriceRule.query.filter_by(active=True, grade=sale.grade).all():
        total += Decimal(str(evaluate_rule(rule.expression, sale)))
    return total.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


@bp.post("/preview")
def preview_rule():
    body = request.get_json(force=True)
    sale = Sale(
        litres=float(body.get("litres", 100)),
        grade=body.get("grade", "diesel"),
        member=bool(body.get("member", False)),
        berth_holder=bool(body.get("berth_holder", False)),
        hour=int(body.get("hour", 12)),
    )
    return jsonify(adjustment=evaluate_rule(body["expression"], sale))


@bp.post("/")
def create_rule():
    body = request.get_json(force=True)
    rule = PriceRule(name=body["name"], grade=body["grade"], expression=body["expression"], active=True)
    db.session.add(rule)
    db.session.commit()
    return jsonify(id=rule.id), 201
