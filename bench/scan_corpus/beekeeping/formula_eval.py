"""Evaluate beekeeper-entered scale calibration formulas.

Formulas are arithmetic over ``raw`` (load-cell counts) and ``temp`` (deg C),
e.g. ``raw * 0.00213 - 4.1 + 0.02 * (temp - 20)``. They are parsed with
``ast`` and evaluated by walking a small whitelist of node types.
"""

import ast
import math
import operator

_BINOPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.Pow: operator.pow,
}
_UNARY = {ast.USub: operator.neg, ast.UAdd: operator.pos}
_FUNCS = {"sqrt": math.sqrt, "log": math.log, "abs": abs, "min": min, "max": max}
_VARS = {"raw", "temp"}
MAX_LENGTH = 200


class FormulaError(ValueError):
    pass


def _eval_node(node: ast.AST, env: dict) -> float:
    if isinstance(node, ast.Expression):
        return _eval_node(node.body, env)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return float(node.value)
    if isinstance(node, ast.Name) and node.id in _VARS:
        return env[node.id]
    if isinstance(node, ast.BinOp) and type(node.op) in _BINOPS:
        if isinstance(node.op, ast.Pow) and not (
            isinstance(node.right, ast.Constant) and abs(node.right.value) <= 4
        ):
            raise FormulaError("exponent must be a small constant")
        return _BINOPS[type(node.op)](_eval_node(node.left, env), _eval_node(node.right, env))
    if isinstance(node, ast.UnaryOp) and type(node.op) in _UNARY:
        return _UNARY[type(node.op)](_eval_node(node.operand, env))
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in _FUNCS
        and not node.keywords
    ):
        return _FUNCS[node.func.id](*(_eval_node(arg, env) for arg in node.args))
    raise FormulaError(f"unsupported expression: {ast.dump(node)[:60]}")


def compile_formula(source: str) -> ast.Expression:
    if len(source) > MAX_LENGTH:
        raise FormulaError("formula too long")
    try:
        return ast.parse(source, mode="eval")
    except SyntaxError as exc:
        raise FormulaError(str(exc)) from exc


def apply_formula(tree: ast.Expression, raw: int, temp_c: float) -> float:
    try:
        return float(_eval_node(tree, {"raw": float(raw), "temp": float(temp_c)}))
    except (ArithmeticError, TypeError) as exc:
        raise FormulaError(str(exc)) from exc
