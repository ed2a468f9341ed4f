"""Evaluates loyalty point formulas configured by the marketing team.

Marketing enters simple arithmetic formulas per promotion, for example
``spend * 2 + visits * 5``. Only arithmetic on named variables is allowed.
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
    ast.FloorDiv: operator.floordiv,
    ast.Mod: operator.mod,
}
_UNARY = {ast.USub: operator.neg, ast.UAdd: operator.pos}
VARIABLES = frozenset({"spend", "visits", "arcade_credits", "party_guests"})


class FormulaError(ValueError):
    pass


@dataclass(frozen=True)
class PointsFormula:
    promotion: str
    source: str

    def compile(self) -> ast.Expression:
        if len(self.source) > 200:
            raise FormulaError("formula too long")
        try:
            return ast.parse(self.source, mode="eval")
        except SyntaxError as exc:
            raise FormulaError(f"cannot parse formula: {exc.msg}") from exc


def _evaluate(node: ast.AST, values: dict[str, float]) -> float:
    if isinstance(node, ast.Expression):
        return _evaluate(node.body, values)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.Name) and node.id in VARIABLES:
        return values.get(node.id, 0)
    if isinstance(node, ast.BinOp) and type(node.op) in _BINARY:
        return _BINARY[type(node.op)](_evaluate(node.left, values), _evaluate(node.right, values))
    if isinstance(node, ast.UnaryOp) and type(node.op) in _UNARY:
        return _UNARY[type(node.op)](_evaluate(node.operand, values))
    raise FormulaError(f"unsupported element {type(node).__name__}")


def points_for(formula: PointsFormula, **values: float) -> int:
    try:
        result = _evaluate(formula.compile(), values)
    except ZeroDivisionError:
        return 0
    return max(0, int(result))
