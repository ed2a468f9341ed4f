"""Custom deduction rules configured by payroll administrators.

Admins type a formula into the rules editor, e.g.
``gross * 0.02 if state == 'NY' else 0``, which is stored on the DeductionRule
row and evaluated for every employee on each pay run.
"""
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
import logging
import math

logger = logging.getLogger(__name__)

CENT = Decimal("0.01")


@dataclass
class PayContext:
    employee_id: int
    gross: Decimal
    hours: Decimal
    state: str
    ytd_gross: Decimal
    pay_periods: int


def _context_vars(ctx: PayContext) -> dict:
    return {
        "gross": float(ctx.gross),
        "hours": float(ctx.hours),
        "state": ctx.state,
        "ytd_gross": float(ctx.ytd_gross),
        "pay_periods": ctx.pay_periods,
        "min": min,
        "max": max,
        "ceil": math.ceil,
    }


def apply_rule(formula: str, ctx: PayContext) -> Decimal:
    value = eval(formula, {"__builtins__": {}}, _context_vars(ctx))
    amount = Decimal(str(value)).quantize(CENT, rounding=ROUND_HALF_UP)
    if amount < 0:
        logger.warning(
            "Negative deduction %s for employee %s; clamping to zero", amount, ctx.employee_id
        )
        return Decimal("0.00")
    return amount


def run_deductions(rules, ctx: PayContext) -> dict[str, Decimal]:
    results: dict[str, Decimal] = {}
    for rule in rules:
        if not rule.enabled:
            continue
        results[rule.code] = apply_rule(rule.formula, ctx)
    return results
