"""Declarative fraud rules evaluated at first notice of loss.

Rules are stored as JSON conditions, e.g.::

    {"all": [{"field": "days_since_inception", "op": "lt", "value": 30},
             {"field": "claimed_amount", "op": "gt", "value": 5000}]}

Some rules migrated from the old system keep their threshold as a Python
literal string ("[1, 2, 3]" or "5000.0"); those are parsed with literal_eval.
"""
from __future__ import annotations

import ast
import operator
from typing import Any

OPS = {
    "eq": operator.eq,
    "ne": operator.ne,
    "lt": operator.lt,
    "le": operator.le,
    "gt": operator.gt,
    "ge": operator.ge,
    "in": lambda a, b: a in b,
    "contains": operator.contains,
}


class RuleError(ValueError):
    pass


def _value(raw: Any) -> Any:
    if isinstance(raw, str) and raw[:1] in "[({0123456789-":
        try:
            return ast.literal_eval(raw)
        except (ValueError, SyntaxError):
            return raw
    return raw


def evaluate(condition: dict, features: dict[str, Any]) -> bool:
    if "all" in condition:
        return all(evaluate(c, features) for c in condition["all"])
    if "any" in condition:
        return any(evaluate(c, features) for c in condition["any"])
    if "not" in condition:
        return not evaluate(condition["not"], features)
    try:
        op = OPS[condition["op"]]
        field = condition["field"]
    except KeyError as exc:
        raise RuleError(f"malformed condition {condition!r}") from exc
    if field not in features:
        return False
    return bool(op(features[field], _value(condition.get("value"))))


def score_claim(rules: list[dict], features: dict[str, Any]) -> tuple[int, list[str]]:
    hits = [r["name"] for r in rules if r.get("enabled", True) and evaluate(r["condition"], features)]
    return sum(r.get("weight", 1) for r in rules if r["name"] in hits), hits
