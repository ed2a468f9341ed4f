"""Evaluates rate-card pricing formulas entered by the yield team.

Each billboard format has a formula such as
``base * weeks * (1 + illumination_uplift) - volume_discount`` that the
yield managers edit in the admin console.  Only arithmetic over the known
variables is allowed.
"""
from __future__ import annotations

import ast
import operator
from decimal import Decimal

VARIABLES = {"base", "weeks", "faces", "illumination_uplift", "volume_discount", "production"}

_BINARY = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}
_UNARY = {ast.USub: operator.neg, ast.UAdd: operator.pos}


class FormulaError(ValueError):
    pass


class RateFormula:
    def __init__(self, source: str) -> None:
        if len(source) > 300:
            raise FormulaError("formula too long")
        self.source = source
        self._tree = ast.parse(source, mode="eval")
        self._check(self._tree.body)

    def _check(self, node: ast.AST) -> None:
        if isinstance(node, ast.BinOp) and type(node.op) in _BINARY:
            self._check(node.left)
            self._check(node.right)
        elif isinstance(node, ast.UnaryOp) and type(node.op) in _UNARY:
            self._check(node.operand)
        elif isinstance(node, ast.Name) and node.id in VARIABLES:
            return
        elif isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
            return
        else:
            raise FormulaError(f"unsupported expression: {ast.dump(node)[:60]}")

    def _eval(self, node: ast.AST, env: dict[str, Decimal]) -> Decimal:
        if isinstance(node, ast.BinOp):
            return _BINARY[type(node.op)](self._eval(node.left, env), self._eval(node.right, env))
        if isinstance(node, ast.UnaryOp):
            return _UNARY[type(node.op)](self._eval(node.operand, env))
        if isinstance(node, ast.Name):
            return env[node.id]
        return Decimal(str(node.value))

    def price(self, **values: float) -> Decimal:
        unknown = set(values) - VARIABLES
        if unknown:
            raise FormulaError(f"unknown variables: {sorted(unknown)}")
        env = {name: Decimal(str(values.get(name, 0))) for name in VARIABLES}
        try:
            result = self._eval(self._tree.body, env)
        except ZeroDivisionError as exc:
            raise FormulaError("division by zero") from exc
        return result.quantize(Decimal("0.01"))


def quote(formula_source: str, **values: float) -> Decimal:
    return RateFormula(formula_source).price(**values)
