"""Evaluates derived-tag formulas (e.g. good / (good + scrap)) without executing code."""
import ast
import operator
from typing import Mapping

_BINOPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}
_FUNCS = {"min": min, "max": max, "abs": abs}


def _eval(node: ast.AST, values: Mapping[str, float]) -> float:
    if isinstance(node, ast.Expression):
        return _eval(node.body, values)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.Name) and node.id in values:
        return values[node.id]
    if isinstance(node, ast.BinOp) and type(node.op) in _BINOPS:
        return _BINOPS[type(node.op)](_eval(node.left, values), _eval(node.right, values))
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return -_eval(node.operand, values)
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id in _FUNCS and not node.keywords):
        return _FUNCS[node.func.id](*(_eval(a, values) for a in node.args))
    raise ValueError(f"unsupported expression element: {type(node).__name__}")


def evaluate(formula: str, values: Mapping[str, float]) -> float:
    if len(formula) > 500:
        raise ValueError("formula too long")
    return float(_eval(ast.parse(formula, mode="eval"), values))
