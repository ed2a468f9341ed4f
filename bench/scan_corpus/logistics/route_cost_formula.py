"""Dispatcher-defined cost formulas for ranking candidate routes.

Formulas are plain arithmetic over a fixed set of route metrics, e.g.
``distance_km * 0.42 + stops * 3``. They are parsed once and evaluated by
walking the syntax tree, so only numbers, metric names and + - * / are allowed.
"""
import ast
import operator
from typing import Mapping

MAX_FORMULA_LENGTH = 200
VARIABLES = frozenset({"distance_km", "duration_h", "stops", "tolls", "overtime_h"})

_BIN_OPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}
_UNARY_OPS = {ast.UAdd: operator.pos, ast.USub: operator.neg}


class FormulaError(ValueError):
    pass


def _check(node: ast.AST) -> None:
    if isinstance(node, ast.Constant):
        if isinstance(node.value, bool) or not isinstance(node.value, (int, float)):
            raise FormulaError("only numeric constants are allowed")
    elif isinstance(node, ast.Name):
        if node.id not in VARIABLES:
            raise FormulaError(f"unknown metric {node.id!r}")
    elif isinstance(node, ast.BinOp) and type(node.op) in _BIN_OPS:
        _check(node.left)
        _check(node.right)
    elif isinstance(node, ast.UnaryOp) and type(node.op) in _UNARY_OPS:
        _check(node.operand)
    else:
        raise FormulaError(f"unsupported syntax: {type(node).__name__}")


def compile_formula(text: str) -> ast.expr:
    if len(text) > MAX_FORMULA_LENGTH:
        raise FormulaError("formula too long")
    try:
        tree = ast.parse(text, mode="eval")
    except SyntaxError as exc:
        raise FormulaError("not a valid formula") from exc
    _check(tree.body)
    return tree.body


def evaluate(node: ast.expr, metrics: Mapping[str, float]) -> float:
    if isinstance(node, ast.Constant):
        return float(node.value)
    if isinstance(node, ast.Name):
        return float(metrics[node.id])
    if isinstance(node, ast.BinOp):
        try:
            return _BIN_OPS[type(node.op)](evaluate(node.left, metrics), evaluate(node.right, metrics))
        except ZeroDivisionError as exc:
            raise FormulaError("division by zero") from exc
    if isinstance(node, ast.UnaryOp):
        return _UNARY_OPS[type(node.op)](evaluate(node.operand, metrics))
    raise FormulaError("unsupported syntax")
