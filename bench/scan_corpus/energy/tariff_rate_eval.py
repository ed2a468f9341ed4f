"""Arithmetic evaluator for rate-component formulas in tariff definitions.

Formulas such as ``peak_kwh * 0.42 + max(0, demand_kw - 10) * 11.5`` are parsed
with :mod:`ast` and evaluated by walking the tree; only numbers, usage
variables, basic arithmetic and a few named functions are permitted.
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
_UNARY = {ast.USub: operator.neg, ast.UAdd: operator.pos}
_FUNCS = {"min": min, "max": max}
MAX_LENGTH = 500


class FormulaError(ValueError):
    pass


def _eval(node: ast.AST, usage: dict[str, Decimal]) -> Decimal:
    if isinstance(node, ast.Expression):
        return _eval(node.body, usage)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return Decimal(str(node.value))
    if isinstance(node, ast.Name):
        if node.id not in usage:
            raise FormulaError(f"unknown variable {node.id}")
        return usage[node.id]
    if isinstance(node, ast.BinOp) and type(node.op) in _BINOPS:
        return _BINOPS[type(node.op)](_eval(node.left, usage), _eval(node.right, usage))
    if isinstance(node, ast.UnaryOp) and type(node.op) in _UNARY:
        return _UNARY[type(node.op)](_eval(node.operand, usage))
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in _FUNCS
        and not node.keywords
    ):
        return _FUNCS[node.func.id](*(_eval(a, usage) for a in node.args))
    raise FormulaError(f"unsupported syntax: {ast.dump(node)[:80]}")


def evaluate(formula: str, usage: dict[str, float]) -> Decimal:
    if len(formula) > MAX_LENGTH:
        raise FormulaError("formula too long")
    tree = ast.parse(formula, mode="eval")
    values = {k: Decimal(str(v)) for k, v in usage.items()}
    return _eval(tree, values).quantize(Decimal("0.0001"))
