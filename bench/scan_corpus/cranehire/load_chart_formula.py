"""Derating formulas attached to load charts.

Some charts come with derating rules written by the engineering team, e.g.
``capacity * (1 - 0.02 * max(0, wind - 9))``. Rules are evaluated by a small
arithmetic interpreter that only knows numbers, the named variables and a
handful of functions.
"""
import ast
import operator
from typing import Dict

_BIN_OPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.Pow: operator.pow,
}
_UNARY_OPS = {ast.USub: operator.neg, ast.UAdd: operator.pos}
_FUNCTIONS = {"min": min, "max": max, "abs": abs}
ALLOWED_VARIABLES = frozenset({"capacity", "wind", "radius", "boom", "slope_deg"})


class FormulaError(ValueError):
    pass


def _eval(node: ast.AST, env: Dict[str, float]) -> float:
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return float(node.value)
    if isinstance(node, ast.Name) and node.id in env:
        return env[node.id]
    if isinstance(node, ast.BinOp) and type(node.op) in _BIN_OPS:
        return _BIN_OPS[type(node.op)](_eval(node.left, env), _eval(node.right, env))
    if isinstance(node, ast.UnaryOp) and type(node.op) in _UNARY_OPS:
        return _UNARY_OPS[type(node.op)](_eval(node.operand, env))
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in _FUNCTIONS
        and not node.keywords
    ):
        return float(_FUNCTIONS[node.func.id](*(_eval(a, env) for a in node.args)))
    raise FormulaError(f"unsupported expression: {ast.dump(node)[:60]}")


def derated_capacity(formula: str, **variables: float) -> float:
    unknown = set(variables) - ALLOWED_VARIABLES
    if unknown:
        raise FormulaError(f"unknown variables: {sorted(unknown)}")
    if len(formula) > 200:
        raise FormulaError("formula too long")
    tree = ast.parse(formula, mode="eval")
    result = _eval(tree.body, {k: float(v) for k, v in variables.items()})
    if result < 0:
        raise FormulaError("derating produced a negative capacity")
    return result


if __name__ == "__main__":
    print(derated_capacity("capacity * (1 - 0.02 * max(0, wind - 9))", capacity=24.0, wind=12.5))
