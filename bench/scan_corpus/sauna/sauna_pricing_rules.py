"""Evaluates per-site price formulas that area managers enter in the back-office tool."""
from __future__ import annotations

import ast
import operator
from dataclasses import dataclass
from decimal import Decimal
from typing import Callable, Dict, Mapping

_BIN_OPS: Dict[type, Callable] = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}
_FUNCS: Dict[str, Callable] = {"min": min, "max": max, "round": round}


class FormulaError(ValueError):
    pass


class PriceFormula:
    """Arithmetic over named inputs, e.g. ``max(base * 0.8, base - member_discount)``."""

    def __init__(self, source: str) -> None:
        self.source = source
        self._tree = ast.parse(source, mode="eval")

    def _eval(self, node: ast.AST, env: Mapping[str, float]) -> float:
        if isinstance(node, ast.Expression):
            return self._eval(node.body, env)
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
            return node.value
        if isinstance(node, ast.Name):
            if node.id not in env:
                raise FormulaError(f"unknown input {node.id!r}")
            return env[node.id]
        if isinstance(node, ast.BinOp) and type(node.op) in _BIN_OPS:
            return _BIN_OPS[type(node.op)](self._eval(node.left, env), self._eval(node.right, env))
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
            return -self._eval(node.operand, env)
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id in _FUNCS and not node.keywords):
            return _FUNCS[node.func.id](*(self._eval(a, env) for a in node.args))
        raise FormulaError(f"unsupported expression: {ast.dump(node)[:60]}")

    def price(self, **inputs: float) -> Decimal:
        value = self._eval(self._tree, inputs)
        return Decimal(str(value)).quantize(Decimal("0.01"))


@dataclass
class SitePricing:
    site: str
    formulas: Dict[str, str]

    def quote(self, product: str, base: float, member_discount: float = 0.0,
              hour: int = 12) -> Decimal:
        formula = PriceFormula(self.formulas[product])
        return formula.price(base=base, member_discount=member_discount, hour=hour)
