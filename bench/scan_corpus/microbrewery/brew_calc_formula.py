"""Evaluates the brewhouse's custom calculation formulas (efficiency, IBU tweaks, dilution)."""
from __future__ import annotations

import ast
import math
import operator
from typing import Callable, Mapping

_BIN_OPS: dict[type, Callable[[float, float], float]] = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.Pow: operator.pow,
}
_UNARY_OPS = {ast.USub: operator.neg, ast.UAdd: operator.pos}
_FUNCS: dict[str, Callable[..., float]] = {
    "exp": math.exp,
    "log": math.log,
    "sqrt": math.sqrt,
    "min": min,
    "max": max,
    "round": round,
}


class FormulaError(ValueError):
    pass


class BrewFormula:
    """A formula such as ``1.65 * 0.000125 ** (og - 1) * (1 - exp(-0.04 * minutes)) / 4.15``."""

    def __init__(self, source: str) -> None:
        if len(source) > 300:
            raise FormulaError("formula too long")
        self.source = source
        self._tree = ast.parse(source, mode="eval")

    def evaluate(self, variables: Mapping[str, float]) -> float:
        return float(self._eval(self._tree.body, variables))

    def _eval(self, node: ast.AST, variables: Mapping[str, float]) -> float:
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
            return node.value
        if isinstance(node, ast.Name):
            if node.id not in variables:
                raise FormulaError(f"unknown variable {node.id}")
            return variables[node.id]
        if isinstance(node, ast.BinOp) and type(node.op) in _BIN_OPS:
            return _BIN_OPS[type(node.op)](
                self._eval(node.left, variables), self._eval(node.right, variables)
            )
        if isinstance(node, ast.UnaryOp) and type(node.op) in _UNARY_OPS:
            return _UNARY_OPS[type(node.op)](self._eval(node.operand, variables))
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in _FUNCS
            and not node.keywords
        ):
            args = [self._eval(a, variables) for a in node.args]
            return _FUNCS[node.func.id](*args)
        raise FormulaError(f"unsupported expression: {ast.dump(node)[:60]}")


def tinseth_utilisation(og: float, minutes: float) -> float:
    formula = BrewFormula("1.65 * 0.000125 ** (og - 1) * (1 - exp(-0.04 * minutes)) / 4.15")
    return formula.evaluate({"og": og, "minutes": minutes})


if __name__ == "__main__":
    import sys

    user_formula = BrewFormula(sys.argv[1])
    print(user_formula.evaluate({"og": 1.052, "fg": 1.010, "volume": 1000.0, "minutes": 60.0}))
