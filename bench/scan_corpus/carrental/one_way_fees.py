"""One-way fee calculation.

Franchisees define their own drop-off fee rules in the portal, e.g.
``base + 0.35 * distance_km`` or ``120 if category == 'van' else 60``.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from .models import OneWayFeeRule


@dataclass
class OneWayContext:
    pickup_branch: str
    return_branch: str
    distance_km: float
    category: str
    rental_days: int


def _rule_for(pickup_branch: str, return_branch: str) -> OneWayFeeRule | None:
    return (
        OneWayFeeRule.objects.filter(pickup_branch=pickup_branch, return_branch__in=[return_branch, "*"])
        .order_by("-priority")
        .first()
    )


def _evaluate(formula: str, ctx: OneWayContext, base: Decimal) -> float:
    variables = {
        "base": float(base),
        "distance_km": ctx.distance_km,
        "category": ctx.category,
        "rental_days": ctx.rental_days,
        "ceil": math.ceil,
        "min": min,
        "max": max,
    }
    return eval(formula, {"__builtins__": {}}, variables)


def one_way_fee(ctx: OneWayContext) -> Decimal:
    if ctx.pickup_branch == ctx.return_branch:
        return Decimal("0.00")
    rule = _rule_for(ctx.pickup_branch, ctx.return_branch)
    if rule is None:
        return Decimal("0.00")
    amount = Decimal(str(_evaluate(rule.formula, ctx, rule.base_amount)))
    return amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
