"""Evaluates accessorial charge formulas from imported trucking rate sheets.

Formulas are simple arithmetic over a fixed set of variables, e.g.
``max(75, 1.8 * miles)`` for a fuel surcharge. They are parsed with ``ast``
and only a small whitelist of node types and functions is accepted.
"""

import ast
import operator
from decimal import Decimal

_BINOPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}
_FUNCS = {"max": max, "min": min}
MAX_FORMULA_LENGTH = 200


class FormulaError(ValueError):
    pass


def _eval_node(node: ast.AST, variables: dict[str, float]) -> float:
    if isinstance(node, ast.Expression):
        return _eval_node(node.body, variables)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return float(node.value)
    if isinstance(node, ast.Name) and node.id in variables:
        return float(variables[node.id])
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return -_eval_node(node.operand, variables)
    if isinstance(node, ast.BinOp) and type(node.op) in _BINOPS:
        return _BINOPS[type(node.op)](_eval_node(node.left, variables), _eval_node(node.right, variables))
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in _FUNCS
        and not node.keywords
        and 1 <= len(node.args) <= 5
    ):
        return _FUNCS[node.func.id](*(_eval_node(a, variables) for a in node.args))
    raise FormulaError(f"unsupported expression: {ast.dump(node)[:80]}")


def evaluate(formula: str, variables: dict[str, float]) -> Decimal:
    if len(formula) > MAX_FORMULA_LENGTH:
        raise FormulaError("formula too long")
    try:
        tree = ast.parse(formula, mode="eval")
    except SyntaxError as exc:
        raise FormulaError(str(exc)) from exc
    return Decimal(str(round(_eval_node(tree, variables), 2)))
