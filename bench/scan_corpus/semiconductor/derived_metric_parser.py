"""Arithmetic expressions for derived yield metrics.

Metric definitions such as ``(bin1 + bin2) / gross_die * 100`` are parsed
with the ``ast`` module and evaluated by walking the tree. Only numbers,
known variable names, + - * / and unary minus are accepted.
"""
import ast
import operator

_BINOPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}
MAX_EXPRESSION_LEN = 200


class MetricSyntaxError(ValueError):
    pass


def compile_metric(expression: str) -> ast.Expression:
    if len(expression) > MAX_EXPRESSION_LEN:
        raise MetricSyntaxError("expression too long")
    try:
        return ast.parse(expression, mode="eval")
    except SyntaxError as exc:
        raise MetricSyntaxError(str(exc)) from exc


def _walk(node: ast.AST, values: dict) -> float:
    if isinstance(node, ast.Expression):
        return _walk(node.body, values)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return float(node.value)
    if isinstance(node, ast.Name):
        if node.id not in values:
            raise MetricSyntaxError(f"unknown variable {node.id}")
        return float(values[node.id])
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return -_walk(node.operand, values)
    if isinstance(node, ast.BinOp) and type(node.op) in _BINOPS:
        return _BINOPS[type(node.op)](_walk(node.left, values), _walk(node.right, values))
    raise MetricSyntaxError(f"unsupported element {type(node).__name__}")


def evaluate_metric(expression: str, bin_counts: dict) -> float | None:
    tree = compile_metric(expression)
    try:
        return _walk(tree, bin_counts)
    except ZeroDivisionError:
        return None
