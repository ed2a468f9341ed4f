"""Evaluate customer fuel surcharge formulas.

Formulas are small arithmetic expressions over a fixed set of variables,
e.g. ``(price - 1.20) / 6.0 * miles``. They are parsed with ``ast`` and
walked by hand; nothing but numbers, the known names and + - * / are allowed.
"""
from __future__ import annotations

import ast
import operator

_BINOPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}
_UNARY = {ast.USub: operator.neg, ast.UAdd: operator.pos}
ALLOWED_NAMES = frozenset({"price", "miles", "base_rate", "stops"})
MAX_FORMULA_LEN = 200


class FormulaError(ValueError):
    pass


def _eval_node(node: ast.AST, env: dict[str, float]) -> float:
    if isinstance(node, ast.Expression):
        return _eval_node(node.body, env)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return float(node.value)
    if isinstance(node, ast.Name) and node.id in ALLOWED_NAMES:
        return float(env[node.id])
    if isinstance(node, ast.BinOp) and type(node.op) in _BINOPS:
        return _BINOPS[type(node.op)](_eval_node(node.left, env), _eval_node(node.right, env))
    if isinstance(node, ast.UnaryOp) and type(node.op) in _UNARY:
        return _UNARY[type(node.op)](_eval_node(node.operand, env))
    raise FormulaError(f"unsupported syntax: {ast.dump(node)[:60]}")


def evaluate(formula: str, env: dict[str, float]) -> float:
    if len(formula) > MAX_FORMULA_LEN:
        raise FormulaError("formula too long")
    try:
        tree = ast.parse(formula, mode="eval")
    except SyntaxError as exc:
        raise FormulaError(str(exc)) from exc
    try:
        return _eval_node(tree, env)
    except ZeroDivisionError as exc:
        raise FormulaError("division by zero") from exc
