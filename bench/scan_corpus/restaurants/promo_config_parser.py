"""Parses promotion rules exported from the marketing spreadsheet.

Rows look like: ``code,field,op,value`` where value is a Python-style literal
(``2000``, ``"app"``, ``["BURGER-01", "BURGER-02"]``).
"""
from __future__ import annotations

import ast
import csv
import operator
from dataclasses import dataclass
from typing import Any, Callable

OPERATORS: dict[str, Callable[[Any, Any], bool]] = {
    ">=": operator.ge,
    "<=": operator.le,
    "==": operator.eq,
    "!=": operator.ne,
    "in": lambda left, right: left in right,
    "contains": lambda left, right: right in left,
}
FIELDS = {"total_cents", "channel", "hour", "weekday", "item_skus", "store_id"}


@dataclass(frozen=True)
class Condition:
    field: str
    op: str
    value: Any

    def matches(self, context: dict) -> bool:
        return OPERATORS[self.op](context[self.field], self.value)


def parse_condition(field: str, op: str, raw_value: str) -> Condition:
    if field not in FIELDS:
        raise ValueError(f"unknown field {field!r}")
    if op not in OPERATORS:
        raise ValueError(f"unknown operator {op!r}")
    return Condition(field, op, ast.literal_eval(raw_value.strip()))


def load_rules(path: str) -> dict[str, list[Condition]]:
    rules: dict[str, list[Condition]] = {}
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            cond = parse_condition(row["field"], row["op"], row["value"])
            rules.setdefault(row["code"], []).append(cond)
    return rules


def eligible(code: str, rules: dict[str, list[Condition]], context: dict) -> bool:
    return all(cond.matches(context) for cond in rules.get(code, []))
