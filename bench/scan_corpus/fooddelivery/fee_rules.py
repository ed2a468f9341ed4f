"""Restaurant-defined delivery surcharge rules.

Partners can enter a formula in the portal such as ``0.5 + distance_km * 0.3`` and the
dispatcher evaluates it for every quote.
"""
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

MAX_SURCHARGE = Decimal("15.00")


@dataclass
class QuoteContext:
    distance_km: float
    basket_total: float
    is_peak: bool
    rain: bool


@dataclass
class SurchargeRule:
    restaurant_id: int
    expression: str
    enabled: bool = True


def evaluate_rule(rule: SurchargeRule, ctx: QuoteContext) -> Decimal:
    if not rule.enabled or not rule.expression.strip():
        return Decimal("0")
    names = {
        "distance_km": ctx.distance_km,
        "basket_total": ctx.basket_total,
        "is_peak": ctx.is_peak,
        "rain": ctx.rain,
        "min": min,
        "max": max,
    }
    value = eval(rule.expression, {"__builtins__": {}}, names)
    amount = Decimal(str(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return max(Decimal("0"), min(amount, MAX_SURCHARGE))
