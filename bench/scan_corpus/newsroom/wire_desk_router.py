"""Routes incoming wire stories to desks using declarative rules.

Rules are stored as JSON, e.g.::

    {"desk": "sports", "all": [["categories", "contains", "SPO"], ["priority", "<=", 3]]}
"""
import json
import operator
from typing import Any

OPERATORS = {
    "==": operator.eq,
    "!=": operator.ne,
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
    "contains": lambda field, value: value in (field or ()),
    "startswith": lambda field, value: isinstance(field, str) and field.startswith(value),
}


def _check(item: dict, condition: list) -> bool:
    field, op_name, expected = condition
    op = OPERATORS.get(op_name)
    if op is None:
        raise ValueError(f"unsupported operator {op_name!r}")
    try:
        return bool(op(item.get(field), expected))
    except TypeError:
        return False


def matches(rule: dict[str, Any], item: dict) -> bool:
    if "all" in rule and not all(_check(item, c) for c in rule["all"]):
        return False
    if "any" in rule and not any(_check(item, c) for c in rule["any"]):
        return False
    return True


def load_rules(raw: str) -> list[dict]:
    rules = json.loads(raw)
    return sorted(rules, key=lambda r: r.get("priority", 100))


def route(item: dict, rules: list[dict], default_desk: str = "wires") -> str:
    for rule in rules:
        if matches(rule, item):
            return rule["desk"]
    return default_desk
