"""Declarative threshold rules for the nightly AML transaction-monitoring batch.

Rules are stored as rows (field, operator, value) maintained by compliance.
Values are stored as Python literals in text, e.g. ``10000`` or ``["IR", "KP"]``.
"""
from __future__ import annotations

import ast
import operator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Iterable

OPERATORS = {
    "gt": operator.gt,
    "ge": operator.ge,
    "lt": operator.lt,
    "le": operator.le,
    "eq": operator.eq,
    "in": lambda a, b: a in b,
    "not_in": lambda a, b: a not in b,
}
ALLOWED_FIELDS = {"amount", "currency", "country", "channel", "mcc", "counterparty_country"}


@dataclass(frozen=True)
class ThresholdRule:
    code: str
    field: str
    op: str
    value: Any

    @classmethod
    def from_row(cls, row: dict) -> "ThresholdRule":
        if row["field"] not in ALLOWED_FIELDS or row["op"] not in OPERATORS:
            raise ValueError(f"rule {row['code']}: unsupported field/operator")
        value = ast.literal_eval(row["value"])
        if row["field"] == "amount":
            value = Decimal(str(value))
        return cls(row["code"], row["field"], row["op"], value)

    def matches(self, txn: dict) -> bool:
        return OPERATORS[self.op](txn[self.field], self.value)


def evaluate(rules: Iterable[ThresholdRule], txns: Iterable[dict]) -> list[tuple[str, str]]:
    rules = list(rules)
    hits = []
    for txn in txns:
        for rule in rules:
            if rule.matches(txn):
                hits.append((rule.code, txn["txn_id"]))
    return hits
