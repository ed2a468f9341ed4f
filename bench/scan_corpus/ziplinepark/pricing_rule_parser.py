"""Parses the seasonal pricing rules maintained by the park manager.

Rules are edited in the back-office as short literal values, e.g.
``{"weekend": 1.15, "school_holidays": 1.25}`` for multipliers or
``(8, 12)`` for an age band. They are parsed as Python literals only.
"""
import ast
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal


class RuleError(ValueError):
    pass


@dataclass
class PricingRule:
    name: str
    multipliers: dict[str, float]
    child_age_band: tuple[int, int]
    child_discount: float


def parse_literal(raw: str, expected_type: type):
    try:
        value = ast.literal_eval(raw.strip())
    except (ValueError, SyntaxError) as exc:
        raise RuleError(f"not a literal value: {raw!r}") from exc
    if not isinstance(value, expected_type):
        raise RuleError(f"expected {expected_type.__name__}, got {type(value).__name__}")
    return value


def load_rule(name: str, multipliers_raw: str, age_band_raw: str, discount_raw: str) -> PricingRule:
    multipliers = parse_literal(multipliers_raw, dict)
    for key, factor in multipliers.items():
        if not isinstance(key, str) or not isinstance(factor, (int, float)) or not 0.5 <= factor <= 3:
            raise RuleError(f"bad multiplier {key!r}: {factor!r}")
    low, high = parse_literal(age_band_raw, tuple)
    discount = parse_literal(discount_raw, float)
    if not 0 <= discount < 1:
        raise RuleError("discount must be between 0 and 1")
    return PricingRule(name, {k: float(v) for k, v in multipliers.items()}, (int(low), int(high)), discount)


def price_for(rule: PricingRule, base_cents: int, day: date, age: int, tags: set[str]) -> int:
    factor = Decimal("1")
    if day.weekday() >= 5:
        tags = tags | {"weekend"}
    for tag in sorted(tags):
        if tag in rule.multipliers:
            factor *= Decimal(str(rule.multipliers[tag]))
    low, high = rule.child_age_band
    if low <= age <= high:
        factor *= Decimal("1") - Decimal(str(rule.child_discount))
    return int((Decimal(base_cents) * factor).quantize(Decimal("1"), rounding=ROUND_HALF_UP))
