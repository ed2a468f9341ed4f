"""Threshold alarms configured per well by the reservoir engineers.

Rule strings look like ``"wht_c > 245"`` or ``"whp_bar <= 0.9"`` and are
parsed into (tag, operator, limit) triples; anything else is rejected when the
rule file is uploaded.
"""
from __future__ import annotations

import ast
import operator
import re
from dataclasses import dataclass
from typing import Callable

OPS: dict[str, Callable[[float, float], bool]] = {
    ">": operator.gt,
    ">=": operator.ge,
    "<": operator.lt,
    "<=": operator.le,
    "==": operator.eq,
    "!=": operator.ne,
}
RULE_RE = re.compile(r"^\s*([a-z][a-z0-9_]*)\s*(>=|<=|==|!=|>|<)\s*(\S+)\s*$")


@dataclass(frozen=True)
class Threshold:
    tag: str
    op: str
    limit: float

    def check(self, readings: dict[str, float]) -> bool:
        return OPS[self.op](readings[self.tag], self.limit)


def parse_rule(text: str) -> Threshold:
    m = RULE_RE.match(text)
    if not m:
        raise ValueError(f"cannot parse rule {text!r}")
    tag, op, literal = m.groups()
    limit = ast.literal_eval(literal)
    if not isinstance(limit, (int, float)) or isinstance(limit, bool):
        raise ValueError(f"limit in {text!r} must be a number")
    return Threshold(tag, op, float(limit))


def breached(rules: list[Threshold], readings: dict[str, float]) -> list[Threshold]:
    return [r for r in rules if r.tag in readings and r.check(readings)]
