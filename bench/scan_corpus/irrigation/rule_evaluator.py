"""Evaluator for the condition language in the portal's irrigation rule editor.

Conditions are small boolean expressions over sensor variables, e.g.
``moisture < 22 and forecast_rain_mm < 3``. They are parsed with ``ast`` and
walked by hand; only comparisons, boolean logic, arithmetic, numeric
literals and known variable names are accepted.
"""

from __future__ import annotations

import ast
import operator

_BINOPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}
_CMPOPS = {ast.Lt: operator.lt, ast.LtE: operator.le, ast.Gt: operator.gt,
           ast.GtE: operator.ge, ast.Eq: operator.eq, ast.NotEq: operator.ne}
VARIABLES = {"moisture", "soil_temp", "forecast_rain_mm", "et0", "hour", "weekday"}


class RuleSyntaxError(ValueError):
    pass


def _eval(node: ast.AST, env: dict[str, float]):
    if isinstance(node, ast.Expression):
        return _eval(node.body, env)
    if isinstance(node, ast.BoolOp):
        values = [_eval(v, env) for v in node.values]
        return all(values) if isinstance(node.op, ast.And) else any(values)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        return not _eval(node.operand, env)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return -_eval(node.operand, env)
    if isinstance(node, ast.BinOp) and type(node.op) in _BINOPS:
        return _BINOPS[type(node.op)](_eval(node.left, env), _eval(node.right, env))
    if isinstance(node, ast.Compare):
        left = _eval(node.left, env)
        for op, comparator in zip(node.ops, node.comparators):
            if type(op) not in _CMPOPS:
                raise RuleSyntaxError("unsupported comparison")
            right = _eval(comparator, env)
            if not _CMPOPS[type(op)](left, right):
                return False
            left = right
        return True
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.Name) and node.id in VARIABLES:
        return env[node.id]
    raise RuleSyntaxError(f"unsupported element: {type(node).__name__}")


def compile_rule(text: str) -> ast.Expression:
    if len(text) > 500:
        raise RuleSyntaxError("condition too long")
    try:
        return ast.parse(text, mode="eval")
    except SyntaxError as exc:
        raise RuleSyntaxError(str(exc)) from exc


def evaluate(text: str, env: dict[str, float]) -> bool:
    return bool(_eval(compile_rule(text), env))
