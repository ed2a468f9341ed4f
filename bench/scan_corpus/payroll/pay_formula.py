"""Arithmetic evaluator for client-defined pay element formulas.

Formulas such as ``max(hours_overtime - 5, 0) * hourly_rate * 1.5`` are
parsed into an AST and walked node by node; only numbers, known variable
names, basic arithmetic and a few whitelisted functions are accepted.
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
_FUNCTIONS = {"min": min, "max": max, "abs": abs}
MAX_FORMULA_LENGTH = 500


class FormulaError(ValueError):
    pass


def _eval_node(node: ast.AST, variables: dict[str, Decimal]) -> Decimal:
    if isinstance(node, ast.Expression):
        return _eval_node(node.body, variables)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return Decimal(str(node.value))
    if isinstance(node, ast.Name):
        if node.id not in variables:
            raise FormulaError(f"unknown variable {node.id!r}")
        return Decimal(variables[node.id])
    if isinstance(node, ast.BinOp) and type(node.op) in _BIN_OPS:
        return _BIN_OPS[type(node.op)](_eval_node(node.left, variables), _eval_node(node.right, variables))
    if isinstance(node, ast.UnaryOp) and type(node.op) in _UNARY_OPS:
        return _UNARY_OPS[type(node.op)](_eval_node(node.operand, variables))
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in _FUNCTIONS
        and not node.keywords
    ):
        args = [_eval_node(arg, variables) for arg in node.args]
        return Decimal(_FUNCTIONS[node.func.id](*args))
    raise FormulaError(f"unsupported expression: {ast.dump(node)[:60]}")


def evaluate(formula: str, variables: dict[str, Decimal]) -> Decimal:
    if len(formula) > MAX_FORMULA_LENGTH:
        raise FormulaError("formula too long")
    try:
        tree = ast.parse(formula, mode="eval")
    except SyntaxError as exc:
        raise FormulaError(f"cannot parse formula: {exc.msg}") from exc
    return _eval_node(tree, variables)
