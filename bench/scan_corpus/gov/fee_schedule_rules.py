"""Evaluate the permit fee schedule.

The schedule is maintained by the finance office as JSON: each rule has a
list of conditions on the application and the fee to add when they all
match. Older schedules wrote valuation bands as tuple literals
(``"(0, 50000)"``), which are still accepted.
"""
import ast
import json
import operator
from decimal import Decimal
from pathlib import Path

OPERATORS = {
    "eq": operator.eq,
    "ne": operator.ne,
    "lt": operator.lt,
    "le": operator.le,
    "gt": operator.gt,
    "ge": operator.ge,
    "in": lambda a, b: a in b,
}


def _band(value):
    if isinstance(value, str):
        value = ast.literal_eval(value)
    low, high = value
    return Decimal(str(low)), Decimal(str(high))


def evaluate_condition(cond: dict, application: dict) -> bool:
    field = cond["field"]
    if cond["op"] == "between":
        low, high = _band(cond["value"])
        return low <= Decimal(str(application[field])) < high
    op = OPERATORS[cond["op"]]
    return op(application.get(field), cond["value"])


def evaluate_schedule(schedule: list[dict], application: dict) -> Decimal:
    total = Decimal("0")
    for rule in schedule:
        if all(evaluate_condition(c, application) for c in rule["when"]):
            total += Decimal(str(rule["fee"]))
    return total.quantize(Decimal("0.01"))


def load_schedule(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["rules"]
