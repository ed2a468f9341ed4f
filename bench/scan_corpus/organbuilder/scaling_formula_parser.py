"""Evaluates pipe-scaling formulas typed into the scaling worksheet.

Designers enter diameters as small expressions of the note number ``n``,
e.g. ``155 * 2 ** (-n / 16)`` for a halving on the 17th note.  The
expression is parsed into an AST and only arithmetic nodes are evaluated.
"""
from __future__ import annotations

import ast
import math
import operator

_BINARY = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.Pow: operator.pow,
}
_UNARY = {ast.USub: operator.neg, ast.UAdd: operator.pos}
_FUNCTIONS = {"sqrt": math.sqrt, "log2": math.log2}


class FormulaError(ValueError):
    pass


def _evaluate(node: ast.AST, n: int) -> float:
    if isinstance(node, ast.Expression):
        return _evaluate(node.body, n)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return float(node.value)
    if isinstance(node, ast.Name) and node.id == "n":
        return float(n)
    if isinstance(node, ast.BinOp) and type(node.op) in _BINARY:
        return _BINARY[type(node.op)](_evaluate(node.left, n), _evaluate(node.right, n))
    if isinstance(node, ast.UnaryOp) and type(node.op) in _UNARY:
        return _UNARY[type(node.op)](_evaluate(node.operand, n))
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in _FUNCTIONS
        and len(node.args) == 1
    ):
        return _FUNCTIONS[node.func.id](_evaluate(node.args[0], n))
    raise FormulaError(f"unsupported element: {ast.dump(node)[:40]}")


def diameter_table(formula: str, notes: int = 56) -> list[float]:
    if len(formula) > 200:
        raise FormulaError("formula too long")
    tree = ast.parse(formula, mode="eval")
    return [round(_evaluate(tree, n), 2) for n in range(notes)]


if __name__ == "__main__":
    import sys

    for i, d in enumerate(diameter_table(sys.argv[1])):
        print(f"{i:3d} {d:8.2f} mm")
