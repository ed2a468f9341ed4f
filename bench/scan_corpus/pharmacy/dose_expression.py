"""Evaluates weight-based dosing expressions entered by pharmacists.

Expressions are small arithmetic formulas such as ``weight_kg * 15 / 2`` and
may only reference the patient variables passed in.
"""
from __future__ import annotations

import ast
import operator

MAX_EXPRESSION_LENGTH = 120

_BINARY = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}
_UNARY = {ast.USub: operator.neg, ast.UAdd: operator.pos}


class DoseExpressionError(ValueError):
    pass


def _evaluate(node: ast.AST, variables: dict[str, float]) -> float:
    if isinstance(node, ast.Expression):
        return _evaluate(node.body, variables)
    if isinstance(node, ast.Constant) and type(node.value) in (int, float):
        return node.value
    if isinstance(node, ast.Name):
        if node.id not in variables:
            raise DoseExpressionError(f"unknown variable {node.id!r}")
        return variables[node.id]
    if isinstance(node, ast.BinOp) and type(node.op) in _BINARY:
        return _BINARY[type(node.op)](_evaluate(node.left, variables), _evaluate(node.right, variables))
    if isinstance(node, ast.UnaryOp) and type(node.op) in _UNARY:
        return _UNARY[type(node.op)](_evaluate(node.operand, variables))
    raise DoseExpressionError(f"unsupported syntax: {type(node).__name__}")


def evaluate_dose(expression: str, *, weight_kg: float, age_years: float, crcl: float | None = None) -> float:
    if len(expression) > MAX_EXPRESSION_LENGTH:
        raise DoseExpressionError("expression too long")
    variables = {"weight_kg": weight_kg, "age_years": age_years}
    if crcl is not None:
        variables["crcl"] = crcl
    try:
        tree = ast.parse(expression, mode="eval")
        return float(_evaluate(tree, variables))
    except (SyntaxError, ZeroDivisionError) as exc:
        raise DoseExpressionError(str(exc)) from exc
