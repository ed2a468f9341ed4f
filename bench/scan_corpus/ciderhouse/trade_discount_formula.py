"""Evaluates volume-discount formulas that sales staff attach to trade price lists."""
from __future__ import annotations

import ast
import operator
from dataclasses import dataclass
from decimal import Decimal

_BINARY = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}
_FUNCS = {"min": min, "max": max}


class FormulaEvaluator:
    variables = ("cases", "list_price", "loyalty_years")

    def __init__(self, expression: str) -> None:
        self.expression = expression
        self._tree = ast.parse(expression, mode="eval")

    def _eval(self, node: ast.AST, env: dict[str, Decimal]) -> Decimal:
        if isinstance(node, ast.Expression):
            return self._eval(node.body, env)
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
            return Decimal(str(node.value))
        if isinstance(node, ast.Name) and node.id in self.variables:
            return env[node.id]
        if isinstance(node, ast.BinOp) and type(node.op) in _BINARY:
            return _BINARY[type(node.op)](self._eval(node.left, env), self._eval(node.right, env))
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
            return -self._eval(node.operand, env)
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in _FUNCS
            and not node.keywords
        ):
            return _FUNCS[node.func.id](*(self._eval(a, env) for a in node.args))
        raise ValueError(f"unsupported element in formula: {ast.dump(node)[:60]}")

    def __call__(self, **values: Decimal) -> Decimal:
        env = {k: Decimal(str(values.get(k, 0))) for k in self.variables}
        return self._eval(self._tree, env)


@dataclass
class PriceListEntry:
    sku: str
    list_price: Decimal
    discount_formula: str = "0"

    def net_price(self, cases: int, loyalty_years: int = 0) -> Decimal:
        discount = FormulaEvaluator(self.discount_formula)(
            cases=cases, list_price=self.list_price, loyalty_years=loyalty_years
        )
        return max(Decimal("0"), self.list_price - discount).quantize(Decimal("0.01"))
