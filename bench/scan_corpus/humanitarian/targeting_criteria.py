"""Structured targeting criteria for cash programmes.

Criteria are stored as JSON rows built in the programme set-up screen::

    {"field": "hh_size", "op": ">=", "value": "5"}

Values are typed in as text and parsed as Python literals so lists of
districts and numeric thresholds can be entered the same way.
"""
import ast
import operator
from dataclasses import dataclass
from typing import Any

OPERATORS = {
    "==": operator.eq,
    "!=": operator.ne,
    ">": operator.gt,
    ">=": operator.ge,
    "<": operator.lt,
    "<=": operator.le,
    "in": lambda a, b: a in b,
    "not in": lambda a, b: a not in b,
}


@dataclass(frozen=True)
class Criterion:
    field: str
    op: str
    value: Any

    @classmethod
    def from_row(cls, row: dict) -> "Criterion":
        if row["op"] not in OPERATORS:
            raise ValueError(f"unsupported operator {row['op']!r}")
        try:
            value = ast.literal_eval(row["value"])
        except (ValueError, SyntaxError):
            value = row["value"]
        return cls(row["field"], row["op"], value)

    def matches(self, answers: dict[str, Any]) -> bool:
        if self.field not in answers:
            return False
        try:
            return bool(OPERATORS[self.op](answers[self.field], self.value))
        except TypeError:
            return False


def eligible(criteria: list[Criterion], answers: dict[str, Any], mode: str = "all") -> bool:
    results = (c.matches(answers) for c in criteria)
    return all(results) if mode == "all" else any(results)
