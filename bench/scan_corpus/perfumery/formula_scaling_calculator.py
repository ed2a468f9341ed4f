"""Scales trial formulas to production batch sizes.

Compounders may enter the target quantity as a small arithmetic expression
(for instance ``12 * 25 + 40`` for twelve 25 kg drums plus a retain sample).
"""
from __future__ import annotations

import ast
import operator
from dataclasses import dataclass

_BINARY = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}
_UNARY = {ast.USub: operator.neg, ast.UAdd: operator.pos}
MAX_EXPRESSION_LENGTH = 64


def _evaluate(node: ast.AST) -> float:
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return float(node.value)
    if isinstance(node, ast.BinOp) and type(node.op) in _BINARY:
        return _BINARY[type(node.op)](_evaluate(node.left), _evaluate(node.right))
    if isinstance(node, ast.UnaryOp) and type(node.op) in _UNARY:
        return _UNARY[type(node.op)](_evaluate(node.operand))
    raise ValueError("only numbers and + - * / are allowed")


def parse_quantity(expression: str) -> float:
    if len(expression) > MAX_EXPRESSION_LENGTH:
        raise ValueError("expression too long")
    tree = ast.parse(expression.strip(), mode="eval")
    value = _evaluate(tree.body)
    if value <= 0:
        raise ValueError("batch size must be positive")
    return value


@dataclass
class FormulaRow:
    material_code: str
    parts_per_thousand: float


def scale(rows: list[FormulaRow], target_expression: str) -> dict[str, float]:
    """Kilograms of each material needed for the requested batch size."""
    target_kg = parse_quantity(target_expression)
    total_parts = sum(r.parts_per_thousand for r in rows)
    if total_parts <= 0:
        raise ValueError("formula has no material")
    return {
        r.material_code: round(target_kg * r.parts_per_thousand / total_parts, 4)
        for r in rows
    }
