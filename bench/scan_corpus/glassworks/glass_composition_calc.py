"""Evaluate oxide-composition expressions used on batch calculation sheets.

Engineers write expressions such as ``SiO2 / (Na2O + K2O)`` or
``0.6 * CaO + MgO`` to track batch targets; the sheet values come from the
lab's XRF analysis.  Only arithmetic on known oxide names is accepted.
"""
from __future__ import annotations

import ast
import operator
from typing import Mapping

_BINARY = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.Pow: operator.pow,
}
_UNARY = {ast.UAdd: operator.pos, ast.USub: operator.neg}

OXIDES = frozenset({"SiO2", "Na2O", "K2O", "CaO", "MgO", "Al2O3", "Fe2O3", "SO3", "TiO2"})


class ExpressionError(ValueError):
    pass


def _eval(node: ast.AST, values: Mapping[str, float]) -> float:
    if isinstance(node, ast.Expression):
        return _eval(node.body, values)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return float(node.value)
    if isinstance(node, ast.Name) and node.id in OXIDES:
        return float(values[node.id])
    if isinstance(node, ast.BinOp) and type(node.op) in _BINARY:
        right = _eval(node.right, values)
        if isinstance(node.op, ast.Pow) and abs(right) > 4:
            raise ExpressionError("exponent too large")
        return _BINARY[type(node.op)](_eval(node.left, values), right)
    if isinstance(node, ast.UnaryOp) and type(node.op) in _UNARY:
        return _UNARY[type(node.op)](_eval(node.operand, values))
    raise ExpressionError(f"unsupported element {type(node).__name__}")


def evaluate(expression: str, analysis: Mapping[str, float]) -> float:
    if len(expression) > 200:
        raise ExpressionError("expression too long")
    tree = ast.parse(expression, mode="eval")
    try:
        return _eval(tree, analysis)
    except ZeroDivisionError as exc:
        raise ExpressionError("division by zero") from exc


def evaluate_sheet(rows: Mapping[str, str], analysis: Mapping[str, float]) -> dict[str, float]:
    return {label: round(evaluate(expr, analysis), 4) for label, expr in rows.items()}
