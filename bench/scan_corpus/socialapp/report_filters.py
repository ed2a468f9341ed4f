"""Saved filters for the moderation report queue.

Moderators save filters like ``reason in ["spam", "scam"]`` or
``reports >= 5``; they are parsed into (field, operator, value) triples
and applied in Python to the queue page.
"""

import ast
import operator
import re
from dataclasses import dataclass
from typing import Any, Callable

FIELDS = {"reason", "reports", "account_age_days", "has_media", "language"}
OPERATORS: dict[str, Callable[[Any, Any], bool]] = {
    "==": operator.eq,
    "!=": operator.ne,
    ">=": operator.ge,
    "<=": operator.le,
    ">": operator.gt,
    "<": operator.lt,
    "in": lambda a, b: a in b,
    "not in": lambda a, b: a not in b,
}
_FILTER_RE = re.compile(r"^\s*(\w+)\s+(==|!=|>=|<=|>|<|not in|in)\s+(.+?)\s*$")


@dataclass(frozen=True)
class Condition:
    field: str
    op: str
    value: Any

    def test(self, report: dict) -> bool:
        return OPERATORS[self.op](report.get(self.field), self.value)


def parse_condition(text: str) -> Condition:
    m = _FILTER_RE.match(text)
    if not m:
        raise ValueError(f"cannot parse filter: {text!r}")
    field, op, raw_value = m.groups()
    if field not in FIELDS:
        raise ValueError(f"unknown field {field!r}")
    value = ast.literal_eval(raw_value)
    if op in ("in", "not in") and not isinstance(value, (list, tuple, set)):
        raise ValueError("'in' needs a list of values")
    return Condition(field, op, value)


def apply_filters(reports: list[dict], filters: list[str]) -> list[dict]:
    conditions = [parse_condition(f) for f in filters]
    return [r for r in reports if all(c.test(r) for c in conditions)]
