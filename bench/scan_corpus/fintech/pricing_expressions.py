"""Evaluates fee formulas maintained by pricing managers in the admin console.

Formulas are small arithmetic expressions over loan attributes, e.g.
``max(principal * 0.015, 25) + term_months * 0.5``. They are parsed with
``ast`` and interpreted here; only numbers, the whitelisted variables, the
four arithmetic operators, unary minus and min/max/round are accepted.
"""
from __future__ import annotations

import ast
import operator
from decimal import Decimal

MAX_FORMULA_LENGTH = 200

_BIN_OPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}
_FUNCS = {"min": min, "max": max, "round": round}
VARIABLES = frozenset({"principal", "term_months", "apr", "credit_tier"})


class FormulaError(ValueError):
    pass


def _eval_node(node: ast.AST, env: dict) -> float:
    if isinstance(node, ast.Expression):
        return _eval_node(node.body, env)
    if isinstance(node, ast.Constant) and type(node.value) in (int, float):
        return node.value
    if isinstance(node, ast.Name) and node.id in VARIABLES:
        return env[node.id]
    if isinstance(node, ast.BinOp) and type(node.op) in _BIN_OPS:
        return _BIN_OPS[type(node.op)](_eval_node(node.left, env), _eval_node(node.right, env))
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return -_eval_node(node.operand, env)
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id in _FUNCS and not node.keywords and 1 <= len(node.args) <= 4):
        return _FUNCS[node.func.id](*(_eval_node(arg, env) for arg in node.args))
    raise FormulaError(f"unsupported element: {ast.dump(node)[:60]}")


def compile_formula(formula: str) -> ast.Expression:
    if len(formula) > MAX_FORMULA_LENGTH:
        raise FormulaError("formula too long")
    try:
        return ast.parse(formula, mode="eval")
    except SyntaxError as exc:
        raise FormulaError(str(exc)) from exc


def evaluate(formula: str, env: dict) -> Decimal:
    try:
        value = _eval_node(compile_formula(formula), env)
    except ZeroDivisionError as exc:
        raise FormulaError("division by zero") from exc
    return Decimal(str(value))
