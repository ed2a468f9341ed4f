"""Evaluates league-points formulas that admins configure per division.

Example: ``3 * won + drawn + legs_for / 10``.  Formulas are parsed into an AST
and only arithmetic on the known stat names is allowed.
"""
from __future__ import annotations

import ast
import operator

_BIN_OPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.FloorDiv: operator.floordiv,
}
_UNARY_OPS = {ast.USub: operator.neg, ast.UAdd: operator.pos}
ALLOWED_NAMES = {"won", "drawn", "lost", "legs_for", "legs_against", "tons", "max_count"}


class FormulaError(ValueError):
    pass


def _eval_node(node: ast.AST, values: dict[str, float]) -> float:
    if isinstance(node, ast.Expression):
        return _eval_node(node.body, values)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.Name) and node.id in ALLOWED_NAMES:
        return values.get(node.id, 0)
    if isinstance(node, ast.BinOp) and type(node.op) in _BIN_OPS:
        return _BIN_OPS[type(node.op)](_eval_node(node.left, values), _eval_node(node.right, values))
    if isinstance(node, ast.UnaryOp) and type(node.op) in _UNARY_OPS:
        return _UNARY_OPS[type(node.op)](_eval_node(node.operand, values))
    raise FormulaError(f"unsupported expression element: {type(node).__name__}")


class PointsFormula:
    def __init__(self, source: str) -> None:
        if len(source) > 200:
            raise FormulaError("formula too long")
        try:
            self._tree = ast.parse(source, mode="eval")
        except SyntaxError as exc:
            raise FormulaError(str(exc)) from exc
        self.source = source
        _eval_node(self._tree, {name: 1 for name in ALLOWED_NAMES})

    def points(self, **stats: float) -> float:
        try:
            return round(_eval_node(self._tree, stats), 2)
        except ZeroDivisionError:
            return 0.0


def table_points(formula: str, rows: list[dict]) -> list[tuple[str, float]]:
    f = PointsFormula(formula)
    scored = [(r["team"], f.points(**{k: v for k, v in r.items() if k in ALLOWED_NAMES})) for r in rows]
    return sorted(scored, key=lambda t: t[1], reverse=True)
