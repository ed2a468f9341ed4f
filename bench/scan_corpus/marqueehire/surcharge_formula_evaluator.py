"""Safe evaluation of quote surcharge formulas.

Sales managers type surcharge formulas such as ``area_m2 * 1.8`` or
``max(miles - 30, 0) * 2.4`` in the admin screen. Formulas are parsed with
``ast`` and only arithmetic on known variables is allowed.
"""
from __future__ import annotations

import ast
import operator
from typing import Callable, Dict, Mapping

_BINARY: Dict[type, Callable[[float, float], float]] = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}
_UNARY = {ast.USub: operator.neg, ast.UAdd: operator.pos}
_FUNCTIONS = {"max": max, "min": min, "round": round}
MAX_FORMULA_LENGTH = 200


class FormulaError(ValueError):
    pass


def _eval(node: ast.AST, variables: Mapping[str, float]) -> float:
    if isinstance(node, ast.Expression):
        return _eval(node.body, variables)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return float(node.value)
    if isinstance(node, ast.Name):
        if node.id not in variables:
            raise FormulaError(f"unknown variable {node.id}")
        return float(variables[node.id])
    if isinstance(node, ast.BinOp) and type(node.op) in _BINARY:
        return _BINARY[type(node.op)](_eval(node.left, variables), _eval(node.right, variables))
    if isinstance(node, ast.UnaryOp) and type(node.op) in _UNARY:
        return _UNARY[type(node.op)](_eval(node.operand, variables))
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in _FUNCTIONS
        and not node.keywords
    ):
        return float(_FUNCTIONS[node.func.id](*(_eval(a, variables) for a in node.args)))
    raise FormulaError(f"not allowed in a formula: {type(node).__name__}")


def evaluate(formula: str, variables: Mapping[str, float]) -> float:
    if len(formula) > MAX_FORMULA_LENGTH:
        raise FormulaError("formula too long")
    try:
        tree = ast.parse(formula, mode="eval")
    except SyntaxError as exc:
        raise FormulaError("formula does not parse") from exc
    return _eval(tree, variables)


def job_variables(width_m: float, length_m: float, miles: float, hire_days: int) -> Dict[str, float]:
    return {
        "width": width_m,
        "length": length_m,
        "area_m2": width_m * length_m,
        "miles": miles,
        "days": float(hire_days),
    }
