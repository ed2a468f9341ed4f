"""Evaluates plan price formulas configured by account managers in the admin UI.

A formula looks like ``base + max(0, seats - included_seats) * seat_price``.
"""
from decimal import Decimal
from typing import Mapping

from django.db import models


class PricingFormula(models.Model):
    plan = models.OneToOneField("plans.Plan", on_delete=models.CASCADE)
    expression = models.TextField()
    updated_by = models.ForeignKey("auth.User", on_delete=models.PROTECT)


ALLOWED_FUNCS = {"max": max, "min": min, "round": round, "Decimal": Decimal}


def evaluate(formula: PricingFormula, usage: Mapping[str, Decimal]) -> Decimal:
    namespace = {"__builtins__": {}, **ALLOWED_FUNCS, **usage}
    result = eval(formula.expression, namespace)
    return Decimal(result).quantize(Decimal("0.01"))


def quote_for_subscription(subscription) -> Decimal:
    formula = PricingFormula.objects.get(plan=subscription.plan)
    usage = {
        "base": subscription.plan.base_price,
        "seats": Decimal(subscription.seats),
        "included_seats": Decimal(subscription.plan.included_seats),
        "seat_price": subscription.plan.seat_price,
    }
    return evaluate(formula, usage)
