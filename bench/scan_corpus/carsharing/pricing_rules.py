"""Surcharge/discount rules for partner-branded tariffs.

Partners configure rules in their portal, e.g.::

    {"name": "airport pickup", "when": "zone == 'AIRPORT'", "amount": "150"}
    {"name": "night", "when": "hour >= 23 or hour < 5", "amount": "-0.1 * base"}

Rules are stored as JSON on the tariff and evaluated per trip at checkout.
"""
from dataclasses import dataclass
from decimal import Decimal
import math

_ALLOWED_NAMES = {"min": min, "max": max, "round": round, "ceil": math.ceil, "floor": math.floor}


@dataclass
class TripContext:
    base: Decimal
    minutes: int
    km: Decimal
    zone: str
    hour: int
    vehicle_class: str

    def as_vars(self) -> dict:
        return {
            "base": float(self.base), "minutes": self.minutes, "km": float(self.km),
            "zone": self.zone, "hour": self.hour, "vehicle_class": self.vehicle_class,
        }


def _evaluate(expr: str, variables: dict):
    scope = {"__builtins__": {}, **_ALLOWED_NAMES}
    return eval(expr, scope, variables)


def apply_rules(rules: list[dict], ctx: TripContext) -> tuple[Decimal, list[str]]:
    variables = ctx.as_vars()
    total = ctx.base
    applied = []
    for rule in rules:
        if not _evaluate(rule["when"], variables):
            continue
        delta = Decimal(str(_evaluate(rule["amount"], variables))).quantize(Decimal("1"))
        total += delta
        applied.append(rule["name"])
    return max(total, Decimal(0)), applied
