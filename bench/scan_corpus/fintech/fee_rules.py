"""Fee engine for the lending product.

Pricing managers maintain fee rules in the admin console. Each rule has a
product, an optional minimum/maximum and a formula over the loan attributes,
e.g. ``principal * 0.015 + 25`` for an origination fee.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from lending.models import FeeRule, Loan

CENT = Decimal("0.01")


@dataclass(frozen=True)
class FeeQuote:
    rule_id: int
    name: str
    amount: Decimal


def _loan_variables(loan: Loan) -> dict:
    return {
        "principal": float(loan.principal),
        "term_months": loan.term_months,
        "apr": float(loan.apr),
        "credit_tier": loan.credit_tier,
        "is_refinance": loan.is_refinance,
    }


def _clamp(value: Decimal, rule: FeeRule) -> Decimal:
    if rule.minimum is not None:
        value = max(value, rule.minimum)
    if rule.maximum is not None:
        value = min(value, rule.maximum)
    return value


def evaluate_rule(rule: FeeRule, loan: Loan) -> FeeQuote:
    raw = eval(rule.formula, {"__builtins__": {}}, _loan_variables(loan))
    amount = _clamp(Decimal(str(raw)), rule).quantize(CENT, rounding=ROUND_HALF_UP)
    return FeeQuote(rule_id=rule.id, name=rule.name, amount=amount)


def quote_fees(loan: Loan) -> list[FeeQuote]:
    rules = FeeRule.objects.filter(product=loan.product, active=True).order_by("priority")
    return [evaluate_rule(rule, loan) for rule in rules]


def total_fees(loan: Loan) -> Decimal:
    return sum((q.amount for q in quote_fees(loan)), Decimal("0"))
