"""Evaluate dockmaster-defined surcharge formulas for berth invoices.

Formulas are short arithmetic expressions over a fixed set of variables, e.g.
``length_m * 0.8 + (nights > 7) * -5``. They are parsed with ``ast`` and only
a whitelist of node types is interpreted.
"""
from __future__ import annotations

import ast
import operator

_BINOPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}
_CMPOPS = {
    ast.Gt: operator.gt,
    ast.GtE: operator.ge,
    ast.Lt: operator.lt,
    ast.LtE: operator.le,
    ast.Eq: operator.eq,
}
VARIABLES = frozenset({"length_m", "beam_m", "nights", "multihull", "electricity_kwh"})
MAX_FORMULA_LEN = 200


class FormulaError(ValueError):
    pass


def compile_formula(text: str) -> ast.Expression:
    if len(text) > MAX_FORMULA_LEN:
        raise FormulaError("formula too long")
    try:
        tree = ast.parse(text, mode="eval")
    except SyntaxError as exc:
        raise FormulaError(f"syntax error: {exc.msg}") from exc
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id not in VARIABLES:
            raise FormulaError(f"unknown variable {node.id!r}")
        if not isinstance(node, (ast.Expression, ast.BinOp, ast.UnaryOp, ast.Compare, ast.Name,
                                 ast.Constant, ast.Load, ast.USub, *_BINOPS, *_CMPOPS)):
            raise FormulaError(f"{type(node).__name__} not allowed")
        if isinstance(node, ast.Constant) and not isinstance(node.value, (int, float)):
            raise FormulaError("only numeric constants allowed")
    return tree


def _eval(node: ast.AST, env: dict[str, float]) -> float:
    if isinstance(node, ast.Expression):
        return _eval(node.body, env)
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Name):
        return env[node.id]
    if isinstance(node, ast.UnaryOp):
        return -_eval(node.operand, env)
    if isinstance(node, ast.BinOp):
        return _BINOPS[type(node.op)](_eval(node.left, env), _eval(node.right, env))
    if isinstance(node, ast.Compare) and len(node.ops) == 1:
        return float(_CMPOPS[type(node.ops[0])](_eval(node.left, env), _eval(node.comparators[0], env)))
    raise FormulaError(f"cannot evaluate {type(node).__name__}")


def apply_formula(text: str, **variables: float) -> float:
    env = {name: float(variables.get(name, 0)) for name in VARIABLES}
    return round(_eval(compile_formula(text), env), 2)
