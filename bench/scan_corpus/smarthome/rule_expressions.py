"""Evaluates simple comparison expressions used in automation conditions.

Only comparisons, boolean operators, names and literals are accepted; the
expression is parsed with ``ast`` and walked by hand.
"""
from __future__ import annotations

import ast
import operator
from typing import Any, Mapping

_COMPARE_OPS = {
    ast.Eq: operator.eq,
    ast.NotEq: operator.ne,
    ast.Lt: operator.lt,
    ast.LtE: operator.le,
    ast.Gt: operator.gt,
    ast.GtE: operator.ge,
}


class ExpressionError(ValueError):
    pass


class ConditionExpression:
    def __init__(self, source: str) -> None:
        if len(source) > 500:
            raise ExpressionError("expression too long")
        self.source = source
        self._tree = ast.parse(source, mode="eval").body

    def evaluate(self, variables: Mapping[str, Any]) -> bool:
        return bool(self._eval(self._tree, variables))

    def _eval(self, node: ast.AST, variables: Mapping[str, Any]) -> Any:
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float, str, bool)):
            return node.value
        if isinstance(node, ast.Name):
            if node.id not in variables:
                raise ExpressionError(f"unknown variable {node.id!r}")
            return variables[node.id]
        if isinstance(node, ast.BoolOp):
            values = (self._eval(v, variables) for v in node.values)
            return all(values) if isinstance(node.op, ast.And) else any(values)
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            return not self._eval(node.operand, variables)
        if isinstance(node, ast.Compare):
            left = self._eval(node.left, variables)
            for op, comparator in zip(node.ops, node.comparators):
                fn = _COMPARE_OPS.get(type(op))
                if fn is None:
                    raise ExpressionError("unsupported comparison")
                right = self._eval(comparator, variables)
                if not fn(left, right):
                    return False
                left = right
            return True
        raise ExpressionError(f"unsupported syntax: {type(node).__name__}")
