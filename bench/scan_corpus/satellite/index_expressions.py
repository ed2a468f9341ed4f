"""Spectral index expressions saved by customers, e.g. ``(nir - red) / (nir + red)``.

Expressions are parsed into an AST and evaluated by walking it, allowing only
arithmetic on band names, numeric literals and a few numpy functions.
"""
import ast
import operator

import numpy as np

BANDS = {"blue", "green", "red", "nir", "swir1", "swir2"}
FUNCTIONS = {"sqrt": np.sqrt, "log": np.log, "abs": np.abs}
BINARY = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}
UNARY = {ast.USub: operator.neg, ast.UAdd: operator.pos}


class ExpressionError(ValueError):
    pass


def parse(expression: str) -> ast.Expression:
    if len(expression) > 200:
        raise ExpressionError("expression too long")
    try:
        return ast.parse(expression, mode="eval")
    except SyntaxError as exc:
        raise ExpressionError(str(exc)) from exc


def _eval(node: ast.AST, bands: dict):
    if isinstance(node, ast.Expression):
        return _eval(node.body, bands)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.Name) and node.id in BANDS:
        return bands[node.id]
    if isinstance(node, ast.BinOp) and type(node.op) in BINARY:
        return BINARY[type(node.op)](_eval(node.left, bands), _eval(node.right, bands))
    if isinstance(node, ast.UnaryOp) and type(node.op) in UNARY:
        return UNARY[type(node.op)](_eval(node.operand, bands))
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in FUNCTIONS
        and len(node.args) == 1
        and not node.keywords
    ):
        return FUNCTIONS[node.func.id](_eval(node.args[0], bands))
    raise ExpressionError(f"unsupported element: {ast.dump(node)[:60]}")


def bands_used(tree: ast.Expression) -> set[str]:
    return {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and n.id in BANDS}


def evaluate(expression: str, bands: dict) -> np.ndarray:
    tree = parse(expression)
    with np.errstate(divide="ignore", invalid="ignore"):
        return _eval(tree, bands)
