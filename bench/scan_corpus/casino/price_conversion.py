"""Price format conversion used by the trading UI and the feed normaliser."""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

TWO_PLACES = Decimal("0.01")
EVENS = {"evs", "evens", "ev"}


def fractional_to_decimal(price: str) -> Decimal:
    """``'11/4'`` -> ``Decimal('3.75')``; ``'evs'`` -> ``Decimal('2.00')``."""
    text = price.strip().lower()
    if text in EVENS:
        return Decimal("2.00")
    ratio = Fraction(text)
    if ratio <= 0:
        raise ValueError(f"fractional price must be positive: {price!r}")
    value = Decimal(ratio.numerator) / Decimal(ratio.denominator) + 1
    return value.quantize(TWO_PLACES, rounding=ROUND_HALF_UP)


def decimal_to_fractional(price: Decimal, max_denominator: int = 100) -> str:
    if price <= 1:
        raise ValueError("decimal odds must be greater than 1")
    ratio = Fraction(str(price - 1)).limit_denominator(max_denominator)
    if ratio == 1:
        return "evs"
    return f"{ratio.numerator}/{ratio.denominator}"


def implied_probability(price: Decimal) -> Decimal:
    return (Decimal(1) / price).quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)
