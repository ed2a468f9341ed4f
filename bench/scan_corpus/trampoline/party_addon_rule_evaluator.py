"""Evaluates the simple conditions head office attaches to party add-on offers."""
from __future__ import annotations

import ast
import operator
from dataclasses import dataclass
from typing import Any, Callable

_COMPARE: dict[type, Callable[[Any, Any], bool]] = {
    ast.Eq: operator.eq,
    ast.NotEq: operator.ne,
    ast.Lt: operator.lt,
    ast.LtE: operator.le,
    ast.Gt: operator.gt,
    ast.GtE: operator.ge,
    ast.In: lambda a, b: a in b,
    ast.NotIn: lambda a, b: a not in b,
}


class ConditionError(ValueError):
    pass


@dataclass
class OfferContext:
    package: str
    guests: int
    weekday: str
    addons: tuple[str, ...]


class RuleEvaluator:
    """Supports `and`/`or`/`not`, comparisons, names from the context and literals."""

    def __init__(self, ctx: OfferContext) -> None:
        self._names = vars(ctx)

    def evaluate(self, expression: str) -> bool:
        tree = ast.parse(expression, mode="eval")
        return bool(self._eval(tree.body))

    def _eval(self, node: ast.AST) -> Any:
        if isinstance(node, ast.BoolOp):
            values = [self._eval(v) for v in node.values]
            return all(values) if isinstance(node.op, ast.And) else any(values)
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            return not self._eval(node.operand)
        if isinstance(node, ast.Compare):
            left = self._eval(node.left)
            for op, comparator in zip(node.ops, node.comparators):
                fn = _COMPARE.get(type(op))
                if fn is None:
                    raise ConditionError(f"operator {type(op).__name__} not allowed")
                right = self._eval(comparator)
                if not fn(left, right):
                    return False
                left = right
            return True
        if isinstance(node, ast.Name) and node.id in self._names:
            return self._names[node.id]
        if isinstance(node, (ast.Tuple, ast.List)):
            return tuple(self._eval(e) for e in node.elts)
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float, str)):
            return node.value
        raise ConditionError(f"unsupported expression: {ast.dump(node)[:60]}")


def offer_applies(ctx: OfferContext, condition: str) -> bool:
    return RuleEvaluator(ctx).evaluate(condition)
