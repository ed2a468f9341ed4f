"""Evaluate column threshold checks declared in a dataset's ``quality.yml``.

A check looks like::

    - column: amount
      op: ">="
      value: "0"
    - column: currency
      op: in
      value: "('EUR', 'USD', 'GBP')"
"""
from __future__ import annotations

import ast
import operator
from dataclasses import dataclass
from typing import Any

OPERATORS = {
    "==": operator.eq,
    "!=": operator.ne,
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
    "in": lambda a, b: a in b,
    "not in": lambda a, b: a not in b,
}


@dataclass(frozen=True)
class ThresholdCheck:
    column: str
    op: str
    value: Any

    @classmethod
    def from_config(cls, raw: dict) -> "ThresholdCheck":
        if raw["op"] not in OPERATORS:
            raise ValueError(f"unsupported operator {raw['op']!r}")
        value = raw["value"]
        if isinstance(value, str):
            value = ast.literal_eval(value)
        return cls(column=raw["column"], op=raw["op"], value=value)

    def passes(self, row: dict[str, Any]) -> bool:
        return OPERATORS[self.op](row.get(self.column), self.value)


def failing_rows(checks: list[ThresholdCheck], rows: list[dict[str, Any]]) -> dict[str, list[int]]:
    failures: dict[str, list[int]] = {}
    for check in checks:
        offending = [i for i, row in enumerate(rows) if not check.passes(row)]
        if offending:
            failures[f"{check.column} {check.op} {check.value!r}"] = offending
    return failures
