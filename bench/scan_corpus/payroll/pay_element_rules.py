"""Evaluation of client-defined pay elements.

Clients configure custom elements (shift premiums, allowances, deductions)
in the admin portal as formulas over the standard payroll variables, e.g.
``hours_overtime * hourly_rate * 1.5``.
"""
import math
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

PENNY = Decimal("0.01")
ALLOWED_FUNCTIONS = {
    "min": min,
    "max": max,
    "round": round,
    "floor": math.floor,
    "ceil": math.ceil,
}


@dataclass
class PayElement:
    code: str
    description: str
    formula: str
    taxable: bool = True
    pensionable: bool = False


@dataclass
class EmployeePeriod:
    employee_number: str
    variables: dict[str, float] = field(default_factory=dict)


@dataclass
class ElementLine:
    code: str
    amount: Decimal
    taxable: bool
    pensionable: bool


def _to_money(value) -> Decimal:
    return Decimal(str(value)).quantize(PENNY, rounding=ROUND_HALF_UP)


def evaluate_element(element: PayElement, variables: dict[str, float]) -> Decimal:
    scope = {**ALLOWED_FUNCTIONS, **variables}
    result = eval(element.formula, {"__builtins__": {}}, scope)
    return _to_money(result)


def calculate_elements(elements: list[PayElement], period: EmployeePeriod) -> list[ElementLine]:
    lines = []
    for element in elements:
        amount = evaluate_element(element, period.variables)
        if amount == 0:
            continue
        lines.append(ElementLine(element.code, amount, element.taxable, element.pensionable))
    return lines


def gross_from_lines(lines: list[ElementLine]) -> Decimal:
    return sum((line.amount for line in lines), Decimal("0.00"))
