"""Evaluation of surcharge formulas maintained by the pricing team.

Formulas are plain arithmetic over a parcel's measured attributes, e.g.
``max(0, weight_g - 2000) * 0.004``.  They are parsed with :mod:`ast` and
walked by a tiny interpreter that only knows numbers, the listed variables,
basic arithmetic, comparisons and a few helper functions.
"""
from __future__ import annotations

import ast
import math
import operator
from decimal import ROUND_HALF_UP, Decimal

_BINOPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}
_CMPOPS = {ast.Lt: operator.lt, ast.LtE: operator.le, ast.Gt: operator.gt, ast.GtE: operator.ge, ast.Eq: operator.eq}
_FUNCS = {"min": min, "max": max, "ceil": math.ceil}


class FormulaError(ValueError):
    pass


def _eval(node: ast.AST, env: dict[str, float]) -> float:
    if isinstance(node, ast.Expression):
        return _eval(node.body, env)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.Name) and node.id in env:
        return env[node.id]
    if isinstance(node, ast.BinOp) and type(node.op) in _BINOPS:
        return _BINOPS[type(node.op)](_eval(node.left, env), _eval(node.right, env))
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return -_eval(node.operand, env)
    if isinstance(node, ast.Compare) and len(node.ops) == 1 and type(node.ops[0]) in _CMPOPS:
        return _CMPOPS[type(node.ops[0])](_eval(node.left, env), _eval(node.comparators[0], env))
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id in _FUNCS and not node.keywords):
        return _FUNCS[node.func.id](*(_eval(a, env) for a in node.args))
    raise FormulaError(f"unsupported element: {ast.dump(node)[:60]}")


def evaluate_formula(formula: str, env: dict[str, float]) -> float:
    if len(formula) > 500:
        raise FormulaError("formula too long")
    try:
        tree = ast.parse(formula, mode="eval")
    except SyntaxError as exc:
        raise FormulaError(str(exc)) from exc
    return _eval(tree, env)


def surcharge(formula: str, weight_g: int, girth_cm: float, zone: int) -> Decimal:
    value = evaluate_formula(formula, {"weight_g": weight_g, "girth_cm": girth_cm, "zone": zone})
    return Decimal(str(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
