"""Evaluates duty-manager alarm conditions such as ``gust_kmh > 70 and dir_deg < 240``."""

from __future__ import annotations

import ast
import operator
from dataclasses import dataclass
from typing import Mapping

_COMPARE = {
    ast.Gt: operator.gt,
    ast.GtE: operator.ge,
    ast.Lt: operator.lt,
    ast.LtE: operator.le,
    ast.Eq: operator.eq,
    ast.NotEq: operator.ne,
}
_ARITH = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul}
MAX_LENGTH = 200


class ConditionError(ValueError):
    pass


@dataclass(frozen=True)
class AlarmCondition:
    source: str
    tree: ast.Expression

    @classmethod
    def compile(cls, source: str) -> "AlarmCondition":
        if len(source) > MAX_LENGTH:
            raise ConditionError("condition too long")
        try:
            tree = ast.parse(source, mode="eval")
        except SyntaxError as exc:
            raise ConditionError(str(exc)) from None
        return cls(source=source, tree=tree)

    def holds(self, reading: Mapping[str, float]) -> bool:
        return bool(_eval(self.tree.body, reading))


def _eval(node: ast.AST, reading: Mapping[str, float]) -> float | bool:
    if isinstance(node, ast.BoolOp):
        values = (_eval(v, reading) for v in node.values)
        return all(values) if isinstance(node.op, ast.And) else any(values)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        return not _eval(node.operand, reading)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return -_eval(node.operand, reading)
    if isinstance(node, ast.Compare):
        left = _eval(node.left, reading)
        for op, comparator in zip(node.ops, node.comparators):
            fn = _COMPARE.get(type(op))
            if fn is None:
                raise ConditionError(f"operator {type(op).__name__} not allowed")
            right = _eval(comparator, reading)
            if not fn(left, right):
                return False
            left = right
        return True
    if isinstance(node, ast.BinOp) and type(node.op) in _ARITH:
        return _ARITH[type(node.op)](_eval(node.left, reading), _eval(node.right, reading))
    if isinstance(node, ast.Name):
        if node.id not in reading:
            raise ConditionError(f"unknown measurement {node.id}")
        return float(reading[node.id])
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    raise ConditionError(f"unsupported expression element {type(node).__name__}")
