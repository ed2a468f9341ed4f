"""Arithmetic expressions for growth-model scenarios.

Biologists define scenario adjustments such as "tgc * 1.05" or
"(temp_c - 1) * 0.9" in the planning UI; expressions are evaluated over a
fixed set of variables with a small arithmetic interpreter.
"""
from __future__ import annotations

import ast
import operator
from typing import Callable, Dict, Mapping

_BINOPS: Dict[type, Callable[[float, float], float]] = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.Pow: operator.pow,
}
_UNARY: Dict[type, Callable[[float], float]] = {ast.USub: operator.neg, ast.UAdd: operator.pos}
_FUNCS: Dict[str, Callable[..., float]] = {"min": min, "max": max, "abs": abs}
MAX_LEN = 200


class ExpressionError(ValueError):
    pass


def _eval(node: ast.AST, env: Mapping[str, float]) -> float:
    if isinstance(node, ast.Expression):
        return _eval(node.body, env)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return float(node.value)
    if isinstance(node, ast.Name):
        if node.id not in env:
            raise ExpressionError(f"unknown variable {node.id}")
        return float(env[node.id])
    if isinstance(node, ast.BinOp) and type(node.op) in _BINOPS:
        right = _eval(node.right, env)
        if isinstance(node.op, ast.Pow) and abs(right) > 4:
            raise ExpressionError("exponent too large")
        return _BINOPS[type(node.op)](_eval(node.left, env), right)
    if isinstance(node, ast.UnaryOp) and type(node.op) in _UNARY:
        return _UNARY[type(node.op)](_eval(node.operand, env))
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in _FUNCS and not node.keywords:
        return float(_FUNCS[node.func.id](*(_eval(a, env) for a in node.args)))
    raise ExpressionError(f"unsupported syntax: {type(node).__name__}")


def evaluate(expression: str, env: Mapping[str, float]) -> float:
    if len(expression) > MAX_LEN:
        raise ExpressionError("expression too long")
    try:
        tree = ast.parse(expression, mode="eval")
    except SyntaxError as exc:
        raise ExpressionError(str(exc)) from exc
    return _eval(tree, env)


def adjusted_tgc(base_tgc: float, temp_c: float, expression: str) -> float:
    return evaluate(expression, {"tgc": base_tgc, "temp_c": temp_c})
