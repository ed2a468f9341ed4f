"""Evaluates surcharge formulas from the tree supplier's price file safely.

Formulas are small arithmetic expressions such as ``base * 0.04 + 35`` or
``(seat - 17) * 12``; only numbers, the variables ``base``/``seat`` and
+ - * / ( ) are accepted.
"""

from __future__ import annotations

import ast
import operator
from decimal import Decimal

_BINOPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}
_UNARY = {ast.UAdd: operator.pos, ast.USub: operator.neg}


class FormulaError(ValueError):
    pass


def _eval_node(node: ast.AST, variables: dict[str, float]) -> float:
    if isinstance(node, ast.Expression):
        return _eval_node(node.body, variables)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return float(node.value)
    if isinstance(node, ast.Name) and node.id in variables:
        return variables[node.id]
    if isinstance(node, ast.BinOp) and type(node.op) in _BINOPS:
        return _BINOPS[type(node.op)](
            _eval_node(node.left, variables), _eval_node(node.right, variables)
        )
    if isinstance(node, ast.UnaryOp) and type(node.op) in _UNARY:
        return _UNARY[type(node.op)](_eval_node(node.operand, variables))
    raise FormulaError(f"unsupported element in formula: {ast.dump(node)[:60]}")


def compile_formula(formula: str) -> ast.Expression:
    if len(formula) > 200:
        raise FormulaError("formula too long")
    try:
        return ast.parse(formula, mode="eval")
    except SyntaxError as exc:
        raise FormulaError(f"invalid formula {formula!r}") from exc


def surcharge(formula: str, base: Decimal, seat_size_in: float) -> Decimal:
    tree = compile_formula(formula)
    value = _eval_node(tree, {"base": float(base), "seat": float(seat_size_in)})
    return Decimal(str(value)).quantize(Decimal("0.01"))
