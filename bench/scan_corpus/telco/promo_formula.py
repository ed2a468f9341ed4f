"""Evaluates discount formulas attached to promotions, e.g. "monthly_fee * 0.25".

Formulas are entered by the marketing team in the back office; only basic
arithmetic over a fixed set of variables is allowed.
"""
from __future__ import annotations

import ast
import operator
from decimal import Decimal
from typing import Mapping

_BIN_OPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}
_UNARY_OPS = {ast.USub: operator.neg, ast.UAdd: operator.pos}


class FormulaError(ValueError):
    pass


class PromoFormula:
    max_length = 200

    def __init__(self, expression: str) -> None:
        if len(expression) > self.max_length:
            raise FormulaError("formula too long")
        try:
            self._tree = ast.parse(expression, mode="eval")
        except SyntaxError as exc:
            raise FormulaError(str(exc)) from exc
        self.expression = expression

    def evaluate(self, variables: Mapping[str, Decimal]) -> Decimal:
        return self._walk(self._tree.body, variables)

    def _walk(self, node: ast.AST, variables: Mapping[str, Decimal]) -> Decimal:
        if isinstance(node, ast.Constant) and type(node.value) in (int, float):
            return Decimal(str(node.value))
        if isinstance(node, ast.Name):
            if node.id not in variables:
                raise FormulaError(f"unknown variable {node.id}")
            return Decimal(variables[node.id])
        if isinstance(node, ast.BinOp) and type(node.op) in _BIN_OPS:
            left = self._walk(node.left, variables)
            right = self._walk(node.right, variables)
            return _BIN_OPS[type(node.op)](left, right)
        if isinstance(node, ast.UnaryOp) and type(node.op) in _UNARY_OPS:
            return _UNARY_OPS[type(node.op)](self._walk(node.operand, variables))
        raise FormulaError(f"unsupported syntax: {type(node).__name__}")
