"""Evaluates letter-size rules typed in by the drawing office.

Rules such as ``cap_height * 0.18 + 1.5`` are parsed with ``ast`` and
walked by a small arithmetic interpreter; only numbers, the known
variable names and + - * / ** are accepted.
"""
from __future__ import annotations

import ast
import operator

_BINOPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.Pow: operator.pow,
}
_UNARY = {ast.UAdd: operator.pos, ast.USub: operator.neg}
MAX_RULE_LENGTH = 120


class RuleError(ValueError):
    pass


def _eval_node(node: ast.AST, names: dict[str, float]) -> float:
    if isinstance(node, ast.Expression):
        return _eval_node(node.body, names)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return float(node.value)
    if isinstance(node, ast.Name):
        if node.id not in names:
            raise RuleError(f"unknown name {node.id!r}")
        return float(names[node.id])
    if isinstance(node, ast.BinOp) and type(node.op) in _BINOPS:
        left, right = _eval_node(node.left, names), _eval_node(node.right, names)
        if isinstance(node.op, ast.Pow) and abs(right) > 4:
            raise RuleError("exponent too large")
        return _BINOPS[type(node.op)](left, right)
    if isinstance(node, ast.UnaryOp) and type(node.op) in _UNARY:
        return _UNARY[type(node.op)](_eval_node(node.operand, names))
    raise RuleError(f"unsupported syntax: {type(node).__name__}")


def evaluate_rule(rule: str, cap_height: float, stroke: float = 3.0) -> float:
    if len(rule) > MAX_RULE_LENGTH:
        raise RuleError("rule too long")
    try:
        tree = ast.parse(rule, mode="eval")
    except SyntaxError as exc:
        raise RuleError(str(exc)) from exc
    value = _eval_node(tree, {"cap_height": cap_height, "stroke": stroke})
    return round(value, 2)


if __name__ == "__main__":
    import sys

    print(evaluate_rule(sys.argv[1], float(sys.argv[2])))
