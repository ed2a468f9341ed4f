"""Evaluates loading expressions from broker rating sheets.

Expressions are parsed with ``ast`` and walked by a small interpreter that
only understands numbers, rating-factor names, + - * /, unary minus and a
handful of whitelisted functions.
"""
import ast
import math
import operator

_BINARY = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}
_UNARY = {ast.USub: operator.neg, ast.UAdd: operator.pos}
_FUNCTIONS = {"min": min, "max": max, "round": round, "sqrt": math.sqrt}


class ExpressionError(ValueError):
    pass


def _eval(node: ast.AST, factors: dict[str, float]) -> float:
    if isinstance(node, ast.Expression):
        return _eval(node.body, factors)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.Name):
        if node.id not in factors:
            raise ExpressionError(f"unknown factor {node.id!r}")
        return float(factors[node.id])
    if isinstance(node, ast.BinOp) and type(node.op) in _BINARY:
        return _BINARY[type(node.op)](_eval(node.left, factors), _eval(node.right, factors))
    if isinstance(node, ast.UnaryOp) and type(node.op) in _UNARY:
        return _UNARY[type(node.op)](_eval(node.operand, factors))
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in _FUNCTIONS
        and not node.keywords
    ):
        return _FUNCTIONS[node.func.id](*(_eval(arg, factors) for arg in node.args))
    raise ExpressionError(f"unsupported syntax: {ast.dump(node)[:60]}")


def evaluate_loading(expression: str, factors: dict[str, float]) -> float:
    if len(expression) > 500:
        raise ExpressionError("expression too long")
    tree = ast.parse(expression, mode="eval")
    return float(_eval(tree, factors))
