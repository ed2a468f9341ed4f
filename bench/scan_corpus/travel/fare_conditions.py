"""Evaluates fare-filing conditions uploaded by airline partners.

Conditions are a conjunction of simple comparisons over the shopping
context, e.g. ``advance_days >= 14 and cabin == "Y"``. They are parsed into
(field, operator, literal) triples rather than executed.
"""
import ast
import operator
import re
from dataclasses import asdict, dataclass

_OPS = {
    "==": operator.eq, "!=": operator.ne,
    "<": operator.lt, "<=": operator.le,
    ">": operator.gt, ">=": operator.ge,
}
_CLAUSE = re.compile(r"^\s*([a-z_]+)\s*(==|!=|<=|>=|<|>)\s*(.+?)\s*$")


@dataclass
class ShoppingContext:
    origin: str
    destination: str
    cabin: str
    advance_days: int
    stay_nights: int
    pax_count: int


_FIELDS = set(ShoppingContext.__dataclass_fields__)


def compile_condition(expr: str) -> list[tuple[str, str, object]]:
    clauses = []
    for part in re.split(r"\s+and\s+", expr.strip()):
        match = _CLAUSE.match(part)
        if not match:
            raise ValueError(f"unsupported clause: {part!r}")
        field, op, literal = match.groups()
        if field not in _FIELDS:
            raise ValueError(f"unknown field: {field}")
        value = ast.literal_eval(literal)
        if not isinstance(value, (int, float, str)):
            raise ValueError(f"unsupported literal: {literal}")
        clauses.append((field, op, value))
    return clauses


def evaluate(clauses: list[tuple[str, str, object]], ctx: ShoppingContext) -> bool:
    values = asdict(ctx)
    return all(_OPS[op](values[field], value) for field, op, value in clauses)
