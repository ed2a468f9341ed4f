"""Parses discount rules entered by community managers in the billing admin.

Rules are typed as Python-style literals, e.g.
``{"plan": "flex", "min_days": 10, "discount": 0.15, "sites": ["LDN1", "LDN2"]}``.
"""
from __future__ import annotations

import ast
from dataclasses import dataclass, field
from decimal import Decimal

ALLOWED_PLANS = {"flex", "fixed", "office", "virtual"}


class RuleError(ValueError):
    pass


@dataclass(frozen=True)
class DiscountRule:
    plan: str
    min_days: int
    discount: Decimal
    sites: tuple[str, ...] = field(default_factory=tuple)

    def applies(self, plan: str, days_booked: int, site: str) -> bool:
        return (
            plan == self.plan
            and days_booked >= self.min_days
            and (not self.sites or site in self.sites)
        )


def parse_rule(text: str) -> DiscountRule:
    try:
        value = ast.literal_eval(text.strip())
    except (ValueError, SyntaxError) as exc:
        raise RuleError(f"rule is not a literal: {exc}") from exc
    if not isinstance(value, dict):
        raise RuleError("rule must be a mapping")
    plan = value.get("plan")
    if plan not in ALLOWED_PLANS:
        raise RuleError(f"unknown plan {plan!r}")
    discount = Decimal(str(value.get("discount", 0)))
    if not Decimal("0") <= discount <= Decimal("0.5"):
        raise RuleError("discount must be between 0 and 0.5")
    return DiscountRule(
        plan=plan,
        min_days=int(value.get("min_days", 0)),
        discount=discount,
        sites=tuple(str(s) for s in value.get("sites", ())),
    )


def price_after_rules(base: Decimal, plan: str, days_booked: int, site: str, rules: list[DiscountRule]) -> Decimal:
    best = max((r.discount for r in rules if r.applies(plan, days_booked, site)), default=Decimal("0"))
    return (base * (Decimal("1") - best)).quantize(Decimal("0.01"))
