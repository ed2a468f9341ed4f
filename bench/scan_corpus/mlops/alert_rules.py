"""Threshold rules on experiment metrics, e.g. ``val_loss > 1.5 or grad_norm > 100``.

Rules are parsed into a small AST subset (comparisons, boolean logic,
arithmetic, a few whitelisted functions) and evaluated against the latest
logged metrics without going through Python's own evaluator.
"""
from __future__ import annotations

import ast
import math
import operator

_BIN = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}
_CMP = {
    ast.Gt: operator.gt, ast.GtE: operator.ge, ast.Lt: operator.lt,
    ast.LtE: operator.le, ast.Eq: operator.eq, ast.NotEq: operator.ne,
}
_FUNCS = {"abs": abs, "min": min, "max": max, "isnan": math.isnan}
MAX_RULE_LEN = 256


class RuleError(ValueError):
    pass


def compile_rule(text: str) -> ast.Expression:
    if len(text) > MAX_RULE_LEN:
        raise RuleError("rule too long")
    try:
        return ast.parse(text, mode="eval")
    except SyntaxError as exc:
        raise RuleError(str(exc)) from None


def _eval(node: ast.AST, metrics: dict[str, float]):
    if isinstance(node, ast.Expression):
        return _eval(node.body, metrics)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.Name):
        if node.id not in metrics:
            raise RuleError(f"unknown metric {node.id!r}")
        return metrics[node.id]
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return -_eval(node.operand, metrics)
    if isinstance(node, ast.BinOp) and type(node.op) in _BIN:
        return _BIN[type(node.op)](_eval(node.left, metrics), _eval(node.right, metrics))
    if isinstance(node, ast.BoolOp):
        values = [_eval(v, metrics) for v in node.values]
        return all(values) if isinstance(node.op, ast.And) else any(values)
    if isinstance(node, ast.Compare):
        left = _eval(node.left, metrics)
        for op, comp in zip(node.ops, node.comparators):
            if type(op) not in _CMP:
                raise RuleError("unsupported comparison")
            right = _eval(comp, metrics)
            if not _CMP[type(op)](left, right):
                return False
            left = right
        return True
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id in _FUNCS and not node.keywords):
        return _FUNCS[node.func.id](*(_eval(a, metrics) for a in node.args))
    raise RuleError(f"unsupported expression: {type(node).__name__}")


def evaluate(rule: ast.Expression, metrics: dict[str, float]) -> bool:
    return bool(_eval(rule, metrics))
