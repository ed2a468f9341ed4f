"""Evaluate restaurant-defined delivery surcharge formulas such as ``0.5 + distance_km * 0.3``.

Only arithmetic on a fixed set of variables is supported; anything else is rejected.
"""
import ast
import operator
from decimal import Decimal

_BIN_OPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}
_UNARY_OPS = {ast.USub: operator.neg, ast.UAdd: operator.pos}
_FUNCS = {"min": min, "max": max}
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
    if isinstance(node, ast.BinOp) and type(node.op) in _BIN_OPS:
        return _BIN_OPS[type(node.op)](_eval_node(node.left, variables), _eval_node(node.right, variables))
    if isinstance(node, ast.UnaryOp) and type(node.op) in _UNARY_OPS:
        return _UNARY_OPS[type(node.op)](_eval_node(node.operand, variables))
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in _FUNCS
        and not node.keywords
        and 1 <= len(node.args) <= 4
    ):
        return _FUNCS[node.func.id](*(_eval_node(a, variables) for a in node.args))
    raise FormulaError(f"unsupported expression: {ast.dump(node)[:60]}")


def evaluate(formula: str, variables: dict[str, float]) -> Decimal:
    if len(formula) > MAX_FORMULA_LENGTH:
        raise FormulaError("formula too long")
    try:
        tree = ast.parse(formula, mode="eval")
    except SyntaxError as exc:
        raise FormulaError("formula is not a valid expression") from exc
    try:
        value = _eval_node(tree, variables)
    except ZeroDivisionError as exc:
        raise FormulaError("division by zero") from exc
    return Decimal(str(round(value, 2)))
