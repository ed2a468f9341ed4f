"""Evaluates advertiser targeting rules against an ad break.

Rules are stored as JSON produced by the campaign builder UI, e.g.::

    {"all": [{"field": "country", "op": "in", "value": ["US", "CA"]},
             {"field": "episode_minutes", "op": "gt", "value": 20}]}

Older campaigns stored ``value`` as a Python-literal string ("('US', 'CA')");
those are parsed with ``ast.literal_eval``.
"""
import ast
import operator
from typing import Any

FIELDS = {"country", "region", "device", "categories", "episode_minutes", "position"}

OPS = {
    "eq": operator.eq,
    "ne": operator.ne,
    "gt": operator.gt,
    "ge": operator.ge,
    "lt": operator.lt,
    "le": operator.le,
    "in": lambda left, right: left in right,
    "contains": lambda left, right: right in left,
}


class RuleError(ValueError):
    pass


def _value(raw: Any) -> Any:
    if isinstance(raw, str) and raw[:1] in "([{":
        try:
            return ast.literal_eval(raw)
        except (ValueError, SyntaxError) as exc:
            raise RuleError(f"bad literal {raw!r}") from exc
    return raw


def evaluate(rule: dict, ctx: dict) -> bool:
    if "all" in rule:
        return all(evaluate(r, ctx) for r in rule["all"])
    if "any" in rule:
        return any(evaluate(r, ctx) for r in rule["any"])
    if "not" in rule:
        return not evaluate(rule["not"], ctx)
    field, op = rule.get("field"), rule.get("op")
    if field not in FIELDS or op not in OPS:
        raise RuleError(f"unsupported condition {field!r} {op!r}")
    try:
        return bool(OPS[op](ctx.get(field), _value(rule.get("value"))))
    except TypeError:
        return False
