"""Threshold alerts for fleet telemetry, configured per fleet in the dashboard.

A rule is stored as three parts: field, comparison operator and a literal
value, e.g. ("speed_kph", ">", "110") or ("zone", "==", "'school'").
"""
from __future__ import annotations

import ast
import operator
from dataclasses import dataclass
from typing import Any, Iterable

ALLOWED_FIELDS = frozenset({"speed_kph", "soc_pct", "zone", "ignition", "odometer_km", "ambient_c"})
OPERATORS = {
    ">": operator.gt,
    ">=": operator.ge,
    "<": operator.lt,
    "<=": operator.le,
    "==": operator.eq,
    "!=": operator.ne,
}


@dataclass
class ThresholdRule:
    rule_id: int
    field: str
    op: str
    raw_value: str
    severity: str = "warning"

    def compiled(self) -> tuple[str, Any, Any]:
        if self.field not in ALLOWED_FIELDS or self.op not in OPERATORS:
            raise ValueError(f"rule {self.rule_id} is not valid")
        return self.field, OPERATORS[self.op], ast.literal_eval(self.raw_value)


def fired_rules(sample: dict, rules: Iterable[ThresholdRule]) -> list[int]:
    fired = []
    for rule in rules:
        field, compare, value = rule.compiled()
        current = sample.get(field)
        if current is None:
            continue
        try:
            if compare(current, value):
                fired.append(rule.rule_id)
        except TypeError:
            continue
    return fired
