"""Evaluates fare easement conditions without executing arbitrary expressions.

Conditions are stored as ``<field> <op> <value>`` clauses joined by ``and``,
e.g. ``railcard in ["16-25", "26-30"] and departure_hour >= 10``.
"""
from __future__ import annotations

import ast
import operator
import re

_OPS = {
    "==": operator.eq,
    "!=": operator.ne,
    ">=": operator.ge,
    "<=": operator.le,
    ">": operator.gt,
    "<": operator.lt,
    "in": lambda a, b: a in b,
    "not in": lambda a, b: a not in b,
}
_FIELDS = {"railcard", "departure_hour", "day_of_week", "ticket_type", "route_code", "adults", "children"}
_CLAUSE = re.compile(r"^\s*(\w+)\s+(==|!=|>=|<=|>|<|not in|in)\s+(.+?)\s*$")


def parse_condition(text: str) -> list[tuple[str, str, object]]:
    clauses = []
    for part in re.split(r"\s+and\s+", text.strip()):
        m = _CLAUSE.match(part)
        if not m:
            raise ValueError(f"cannot parse clause {part!r}")
        field, op, literal = m.groups()
        if field not in _FIELDS:
            raise ValueError(f"unknown field {field!r}")
        clauses.append((field, op, ast.literal_eval(literal)))
    return clauses


def matches(clauses: list[tuple[str, str, object]], journey: dict) -> bool:
    return all(_OPS[op](journey.get(field), value) for field, op, value in clauses)
