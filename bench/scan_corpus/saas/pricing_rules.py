"""Evaluates per-plan usage pricing expressions such as ``seats * 8 + max(api_calls - 10000, 0) / 1000``.

Expressions are parsed into an AST and walked by a tiny interpreter that
only understands numbers, the usage variables below and a few operators.
"""
import ast
import operator
from decimal import Decimal

USAGE_VARIABLES = frozenset({"seats", "api_calls", "storage_gb", "projects"})
_BIN_OPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}
_FUNCS = {"max": max, "min": min}
MAX_EXPRESSION_LENGTH = 200


class PricingExpressionError(ValueError):
    pass


def _walk(node: ast.AST, usage: dict[str, Decimal]) -> Decimal:
    if isinstance(node, ast.Expression):
        return _walk(node.body, usage)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)) and not isinstance(node.value, bool):
        return Decimal(str(node.value))
    if isinstance(node, ast.Name) and node.id in USAGE_VARIABLES:
        return usage.get(node.id, Decimal(0))
    if isinstance(node, ast.BinOp) and type(node.op) in _BIN_OPS:
        return _BIN_OPS[type(node.op)](_walk(node.left, usage), _walk(node.right, usage))
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return -_walk(node.operand, usage)
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in _FUNCS
        and not node.keywords
        and 1 <= len(node.args) <= 4
    ):
        return _FUNCS[node.func.id](*(_walk(arg, usage) for arg in node.args))
    raise PricingExpressionError(f"unsupported syntax: {ast.dump(node)[:80]}")


def price_for(expression: str, usage: dict[str, int | float]) -> Decimal:
    if len(expression) > MAX_EXPRESSION_LENGTH:
        raise PricingExpressionError("expression too long")
    tree = ast.parse(expression, mode="eval")
    values = {k: Decimal(str(v)) for k, v in usage.items() if k in USAGE_VARIABLES}
    return _walk(tree, values).quantize(Decimal("0.01"))
