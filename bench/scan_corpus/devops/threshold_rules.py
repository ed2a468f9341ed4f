"""Parse threshold expressions from the monitoring agent's rules file.

Expressions are deliberately tiny: ``<metric> <op> <number>`` clauses joined by
``and``. Lists of tags may be written as Python literals, e.g. ``['db', 'primary']``.
"""
from __future__ import annotations

import ast
import operator
import re
from dataclasses import dataclass

import yaml

OPS = {
    ">": operator.gt,
    ">=": operator.ge,
    "<": operator.lt,
    "<=": operator.le,
    "==": operator.eq,
    "!=": operator.ne,
}
CLAUSE_RE = re.compile(r"^\s*([a-z_][a-z0-9_]*)\s*(>=|<=|==|!=|>|<)\s*(-?\d+(?:\.\d+)?)\s*$")


@dataclass(frozen=True)
class Clause:
    metric: str
    op: str
    value: float

    def holds(self, metrics: dict[str, float]) -> bool:
        return self.metric in metrics and OPS[self.op](metrics[self.metric], self.value)


def parse_expression(expr: str) -> list[Clause]:
    clauses = []
    for part in expr.split(" and "):
        m = CLAUSE_RE.match(part)
        if not m:
            raise ValueError(f"cannot parse clause {part!r}")
        clauses.append(Clause(m.group(1), m.group(2), float(m.group(3))))
    return clauses


def parse_tags(raw: str | list) -> list[str]:
    if isinstance(raw, list):
        return [str(t) for t in raw]
    value = ast.literal_eval(raw)
    if not isinstance(value, (list, tuple)):
        raise ValueError("tags must be a list")
    return [str(t) for t in value]


def load_rules(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        doc = yaml.safe_load(fh) or {}
    return [
        {
            "name": r["name"],
            "clauses": parse_expression(r["when"]),
            "tags": parse_tags(r.get("tags", [])),
        }
        for r in doc.get("rules", [])
    ]
