"""Evaluation of franchisee-defined one-way fee formulas.

Formulas are small arithmetic expressions such as
``base + 0.35 * distance_km`` or ``max(base, rental_days * 12.5)``. They are
parsed with ``ast`` and walked by hand; only numbers, the listed variables,
basic arithmetic and a few whitelisted functions are accepted.
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
}
_UNARY_OPS = {ast.USub: operator.neg, ast.UAdd: operator.pos}
_FUNCTIONS = {"min": min, "max": max, "ceil": math.ceil, "round": round}
MAX_FORMULA_LENGTH = 200


class FormulaError(ValueError):
    pass


def _eval_node(node: ast.AST, variables: dict[str, float]) -> float:
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)) and not isinstance(node.value, bool):
        return node.value
    if isinstance(node, ast.Name) and node.id in variables:
        return variables[node.id]
    if isinstance(node, ast.BinOp) and type(node.op) in _BIN_OPS:
        return _BIN_OPS[type(node.op)](_eval_node(node.left, variables), _eval_node(node.right, variables))
    if isinstance(node, ast.UnaryOp) and type(node.op) in _UNARY_OPS:
        return _UNARY_OPS[type(node.op)](_eval_node(node.operand, variables))
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in _FUNCTIONS
        and not node.keywords
    ):
        args = [_eval_node(arg, variables) for arg in node.args]
        return _FUNCTIONS[node.func.id](*args)
    raise FormulaError(f"unsupported expression: {ast.dump(node)[:60]}")


def evaluate_fee(formula: str, variables: dict[str, float]) -> float:
    if len(formula) > MAX_FORMULA_LENGTH:
        raise FormulaError("formula too long")
    try:
        tree = ast.parse(formula, mode="eval")
    except SyntaxError as exc:
        raise FormulaError("formula is not a valid expression") from exc
    try:
        return float(_eval_node(tree.body, variables))
    except ZeroDivisionError as exc:
        raise FormulaError("division by zero") from exc
