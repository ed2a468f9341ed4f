"""Evaluation of pipe scaling formulas for the pipe-making workshop.

Scales for a new rank are described by a formula for the diameter of each
pipe in terms of its position, e.g. "155 * 2 ** (-n / 16)" for a halving on
the 17th note. The scaler types the formula in the workshop app; this module
evaluates it for every note of the rank to produce the cutting list.
"""
import ast
import math
import operator

BINARY_OPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.Pow: operator.pow,
}
UNARY_OPS = {ast.USub: operator.neg, ast.UAdd: operator.pos}
FUNCTIONS = {"sqrt": math.sqrt, "log2": math.log2, "exp": math.exp}
CONSTANTS = {"pi": math.pi}


class FormulaError(ValueError):
    pass


def _walk(node: ast.AST, n: int) -> float:
    if isinstance(node, ast.Expression):
        return _walk(node.body, n)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.Name):
        if node.id == "n":
            return n
        if node.id in CONSTANTS:
            return CONSTANTS[node.id]
        raise FormulaError(f"unknown name {node.id!r}")
    if isinstance(node, ast.BinOp) and type(node.op) in BINARY_OPS:
        return BINARY_OPS[type(node.op)](_walk(node.left, n), _walk(node.right, n))
    if isinstance(node, ast.UnaryOp) and type(node.op) in UNARY_OPS:
        return UNARY_OPS[type(node.op)](_walk(node.operand, n))
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in FUNCTIONS
        and len(node.args) == 1
        and not node.keywords
    ):
        return FUNCTIONS[node.func.id](_walk(node.args[0], n))
    raise FormulaError(f"unsupported expression element {type(node).__name__}")


def diameters(formula: str, notes: int) -> list[float]:
    if len(formula) > 200:
        raise FormulaError("formula too long")
    tree = ast.parse(formula, mode="eval")
    return [round(_walk(tree, n), 1) for n in range(notes)]


def cutting_list(rank: str, formula: str, notes: int = 61) -> list[dict]:
    return [
        {"rank": rank, "note_index": i, "diameter_mm": d, "circumference_mm": round(d * math.pi, 1)}
        for i, d in enumerate(diameters(formula, notes))
    ]
