"""Custom pricing rules for gig packages.

Sellers can define a price formula for their "custom offer" package,
e.g. ``base + words * 0.08`` for translation gigs. Formulas are stored on
the package and evaluated at checkout.
"""
from decimal import Decimal, ROUND_HALF_UP

MIN_PRICE = Decimal("5.00")


class PricingError(ValueError):
    pass


def _evaluate(formula: str, variables: dict[str, float]) -> float:
    scope = {"__builtins__": {}, "min": min, "max": max, "round": round}
    return eval(formula, scope, dict(variables))


def quote(package: dict, order_inputs: dict) -> Decimal:
    variables = {"base": float(package["base_price"])}
    for name in package.get("inputs", []):
        variables[name] = float(order_inputs.get(name, 0))
    try:
        raw = _evaluate(package["price_formula"], variables)
    except Exception as exc:
        raise PricingError(f"cannot price package {package['id']}") from exc
    price = Decimal(str(raw)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return max(price, MIN_PRICE)
