"""Evaluates cooling-time formulas entered in the press recipe editor.

Formulas are small arithmetic expressions over a fixed set of variables,
e.g. ``"8 + weight_g / 30"``; they are parsed with ``ast`` and only
numeric operators, known names and two math functions are allowed.
"""
from __future__ import annotations

import ast
import math
import operator

_BIN_OPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.Pow: operator.pow,
}
_UNARY_OPS = {ast.UAdd: operator.pos, ast.USub: operator.neg}
_FUNCS = {"sqrt": math.sqrt, "log": math.log}
MAX_FORMULA_LENGTH = 120


class FormulaError(ValueError):
    pass


def _eval_node(node: ast.AST, variables: dict[str, float]) -> float:
    if isinstance(node, ast.Expression):
        return _eval_node(node.body, variables)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return float(node.value)
    if isinstance(node, ast.Name) and node.id in variables:
        return float(variables[node.id])
    if isinstance(node, ast.BinOp) and type(node.op) in _BIN_OPS:
        right = _eval_node(node.right, variables)
        if isinstance(node.op, ast.Pow) and abs(right) > 4:
            raise FormulaError("exponent too large")
        return _BIN_OPS[type(node.op)](_eval_node(node.left, variables), right)
    if isinstance(node, ast.UnaryOp) and type(node.op) in _UNARY_OPS:
        return _UNARY_OPS[type(node.op)](_eval_node(node.operand, variables))
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in _FUNCS
        and len(node.args) == 1
        and not node.keywords
    ):
        return _FUNCS[node.func.id](_eval_node(node.args[0], variables))
    raise FormulaError(f"unsupported element: {type(node).__name__}")


def evaluate(formula: str, variables: dict[str, float]) -> float:
    if len(formula) > MAX_FORMULA_LENGTH:
        raise FormulaError("formula too long")
    try:
        tree = ast.parse(formula, mode="eval")
    except SyntaxError as exc:
        raise FormulaError("formula is not a valid expression") from exc
    try:
        return _eval_node(tree, variables)
    except (ZeroDivisionError, OverflowError, ValueError) as exc:
        raise FormulaError(str(exc)) from exc


def cooling_seconds(formula: str, weight_g: int, melt_index: float, shrink: float) -> float:
    value = evaluate(formula, {"weight_g": weight_g, "melt_index": melt_index, "shrink": shrink})
    if not 4.0 <= value <= 30.0:
        raise FormulaError("cooling time out of range")
    return value
