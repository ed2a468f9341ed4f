"""Arithmetic expressions over model variables for the point forecast API.

Supports + - * / ** and a few math functions, e.g. "(u10**2 + v10**2)**0.5".
Expressions are parsed into an AST and evaluated node by node.
"""
import ast
import math
import operator

_BINOPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.Pow: operator.pow,
}
_UNARY = {ast.USub: operator.neg, ast.UAdd: operator.pos}
_FUNCS = {"sqrt": math.sqrt, "exp": math.exp, "log": math.log, "atan2": math.atan2}
MAX_NODES = 64


class ExpressionError(ValueError):
    pass


def parse(expr: str) -> ast.Expression:
    tree = ast.parse(expr, mode="eval")
    if sum(1 for _ in ast.walk(tree)) > MAX_NODES:
        raise ExpressionError("expression too long")
    return tree


def evaluate(tree: ast.Expression, variables: dict[str, float]) -> float:
    def _eval(node: ast.AST) -> float:
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
            return float(node.value)
        if isinstance(node, ast.Name):
            if node.id not in variables:
                raise ExpressionError(f"unknown variable {node.id}")
            return float(variables[node.id])
        if isinstance(node, ast.BinOp) and type(node.op) in _BINOPS:
            left, right = _eval(node.left), _eval(node.right)
            if isinstance(node.op, ast.Pow) and abs(right) > 10:
                raise ExpressionError("exponent too large")
            return _BINOPS[type(node.op)](left, right)
        if isinstance(node, ast.UnaryOp) and type(node.op) in _UNARY:
            return _UNARY[type(node.op)](_eval(node.operand))
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in _FUNCS
            and not node.keywords
        ):
            return float(_FUNCS[node.func.id](*(_eval(a) for a in node.args)))
        raise ExpressionError(f"unsupported syntax: {type(node).__name__}")

    return _eval(tree.body)
