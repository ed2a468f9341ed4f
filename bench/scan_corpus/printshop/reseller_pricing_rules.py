"""Reseller storefront markup rules.

Resellers type a rule such as ``cost * 1.35 + 4`` or ``max(cost * 1.2, 15)``
in their storefront settings. Rules are parsed into an AST and evaluated by a
small interpreter that only knows arithmetic, two variables and a few
functions.
"""
from __future__ import annotations

import ast
import math
import operator
from decimal import ROUND_HALF_UP, Decimal

_BINOPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}
_UNARY = {ast.USub: operator.neg, ast.UAdd: operator.pos}
_FUNCS = {"min": min, "max": max, "ceil": math.ceil}
_VARS = ("cost", "qty")
MAX_RULE_LENGTH = 200


class RuleError(ValueError):
    pass


def _eval(node: ast.AST, env: dict[str, float]) -> float:
    if isinstance(node, ast.Expression):
        return _eval(node.body, env)
    if isinstance(node, ast.Constant) and type(node.value) in (int, float):
        return node.value
    if isinstance(node, ast.Name) and node.id in _VARS:
        return env[node.id]
    if isinstance(node, ast.BinOp) and type(node.op) in _BINOPS:
        return _BINOPS[type(node.op)](_eval(node.left, env), _eval(node.right, env))
    if isinstance(node, ast.UnaryOp) and type(node.op) in _UNARY:
        return _UNARY[type(node.op)](_eval(node.operand, env))
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in _FUNCS
        and not node.keywords
    ):
        return _FUNCS[node.func.id](*(_eval(a, env) for a in node.args))
    raise RuleError(f"unsupported expression: {ast.dump(node)[:60]}")


def apply_markup(rule: str, cost: float, quantity: int) -> Decimal:
    if len(rule) > MAX_RULE_LENGTH:
        raise RuleError("rule too long")
    try:
        tree = ast.parse(rule, mode="eval")
    except SyntaxError as exc:
        raise RuleError("rule is not a valid expression") from exc
    try:
        value = _eval(tree, {"cost": cost, "qty": quantity})
    except ZeroDivisionError as exc:
        raise RuleError("division by zero") from exc
    return Decimal(str(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
