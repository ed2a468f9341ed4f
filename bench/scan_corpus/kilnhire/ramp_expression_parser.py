"""Safe evaluation of member-written ramp formulas for advanced firing programs.

Formulas use ``t`` (elapsed minutes) and ``temp`` (current temperature) and
simple arithmetic, comparisons and conditional expressions, for example
``120 if temp < 600 else 80``. They are parsed once into an AST and only a
small set of node types is interpreted.
"""
from __future__ import annotations

import ast
import math
import operator

_BINOPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}
_CMPOPS = {
    ast.Lt: operator.lt,
    ast.LtE: operator.le,
    ast.Gt: operator.gt,
    ast.GtE: operator.ge,
}
_FUNCS = {"min": min, "max": max, "abs": abs, "sqrt": math.sqrt}
_VARIABLES = ("t", "temp")


class FormulaError(ValueError):
    pass


class RampExpression:
    def __init__(self, source: str):
        if len(source) > 200:
            raise FormulaError("formula too long")
        try:
            self._tree = ast.parse(source, mode="eval").body
        except SyntaxError as exc:
            raise FormulaError(f"cannot parse formula: {exc.msg}") from exc
        self.source = source

    def rate_at(self, t: float, temp: float) -> float:
        value = self._eval(self._tree, {"t": t, "temp": temp})
        if not 0 < value <= 600:
            raise FormulaError(f"rate {value:.1f} outside 0-600 C/h")
        return float(value)

    def _eval(self, node: ast.AST, env: dict) -> float:
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
            return node.value
        if isinstance(node, ast.Name) and node.id in _VARIABLES:
            return env[node.id]
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
            return -self._eval(node.operand, env)
        if isinstance(node, ast.BinOp) and type(node.op) in _BINOPS:
            return _BINOPS[type(node.op)](
                self._eval(node.left, env), self._eval(node.right, env)
            )
        if isinstance(node, ast.Compare) and len(node.ops) == 1 and type(node.ops[0]) in _CMPOPS:
            return _CMPOPS[type(node.ops[0])](
                self._eval(node.left, env), self._eval(node.comparators[0], env)
            )
        if isinstance(node, ast.IfExp):
            branch = node.body if self._eval(node.test, env) else node.orelse
            return self._eval(branch, env)
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in _FUNCS
            and not node.keywords
        ):
            args = [self._eval(arg, env) for arg in node.args]
            return _FUNCS[node.func.id](*args)
        raise FormulaError(f"unsupported syntax: {type(node).__name__}")
