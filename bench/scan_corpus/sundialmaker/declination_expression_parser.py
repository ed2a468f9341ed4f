"""Evaluates small arithmetic formulas that staff type for wall declination offsets."""

from __future__ import annotations

import ast
import math
import operator
from dataclasses import dataclass, field

_BINARY = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.Pow: operator.pow,
}
_UNARY = {ast.UAdd: operator.pos, ast.USub: operator.neg}
_FUNCTIONS = {
    "sin": lambda x: math.sin(math.radians(x)),
    "cos": lambda x: math.cos(math.radians(x)),
    "tan": lambda x: math.tan(math.radians(x)),
    "atan": lambda x: math.degrees(math.atan(x)),
    "sqrt": math.sqrt,
}


class FormulaError(ValueError):
    pass


@dataclass
class DeclinationFormula:
    source: str
    variables: dict[str, float] = field(default_factory=dict)

    def evaluate(self) -> float:
        if len(self.source) > 200:
            raise FormulaError("formula too long")
        try:
            tree = ast.parse(self.source, mode="eval")
        except SyntaxError as exc:
            raise FormulaError(f"cannot parse formula: {exc.msg}") from None
        return float(self._eval(tree.body))

    def _eval(self, node: ast.AST) -> float:
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
            return node.value
        if isinstance(node, ast.Name):
            if node.id in self.variables:
                return self.variables[node.id]
            if node.id == "pi":
                return math.pi
            raise FormulaError(f"unknown name {node.id!r}")
        if isinstance(node, ast.BinOp) and type(node.op) in _BINARY:
            left, right = self._eval(node.left), self._eval(node.right)
            if isinstance(node.op, ast.Pow) and abs(right) > 8:
                raise FormulaError("exponent too large")
            return _BINARY[type(node.op)](left, right)
        if isinstance(node, ast.UnaryOp) and type(node.op) in _UNARY:
            return _UNARY[type(node.op)](self._eval(node.operand))
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id in _FUNCTIONS and len(node.args) == 1 and not node.keywords):
            return _FUNCTIONS[node.func.id](self._eval(node.args[0]))
        raise FormulaError(f"unsupported element {type(node).__name__}")


def wall_declination(measured_azimuth: float, formula: str | None = None, **variables: float) -> float:
    """Declination of a wall from due south, optionally adjusted by a staff formula."""
    base = (measured_azimuth - 180.0 + 180.0) % 360.0 - 180.0
    if not formula:
        return base
    variables.setdefault("azimuth", measured_azimuth)
    variables.setdefault("base", base)
    return DeclinationFormula(formula, variables).evaluate()
