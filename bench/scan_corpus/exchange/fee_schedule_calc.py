"""Commission calculation from the fee schedule maintained by the pricing team.

Each schedule row holds a formula such as ``max(1.0, shares * 0.005)`` or
``notional * 0.0008 + 2.5``. Formulas are parsed into an AST and
evaluated by a small interpreter that only understands arithmetic,
numeric literals, known variables and ``min``/``max``.
"""
from __future__ import annotations

import ast
import operator
from decimal import Decimal

_BIN_OPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}
_FUNCS = {"min": min, "max": max}
VARIABLES = frozenset({"shares", "notional", "price", "legs"})


class FormulaError(ValueError):
    pass


def _eval_node(node: ast.AST, env: dict[str, Decimal]) -> Decimal:
    if isinstance(node, ast.Expression):
        return _eval_node(node.body, env)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return Decimal(str(node.value))
    if isinstance(node, ast.Name) and node.id in VARIABLES:
        return env[node.id]
    if isinstance(node, ast.BinOp) and type(node.op) in _BIN_OPS:
        return _BIN_OPS[type(node.op)](_eval_node(node.left, env), _eval_node(node.right, env))
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return -_eval_node(node.operand, env)
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id in _FUNCS and not node.keywords and node.args):
        return _FUNCS[node.func.id](_eval_node(a, env) for a in node.args)
    raise FormulaError(f"unsupported element in formula: {ast.dump(node)[:60]}")


def compile_formula(formula: str) -> ast.Expression:
    if len(formula) > 200:
        raise FormulaError("formula too long")
    try:
        return ast.parse(formula, mode="eval")
    except SyntaxError as exc:
        raise FormulaError(str(exc)) from exc


def commission(formula: str, *, shares: int, price: Decimal, legs: int = 1) -> Decimal:
    env = {
        "shares": Decimal(shares),
        "price": Decimal(price),
        "notional": Decimal(shares) * Decimal(price),
        "legs": Decimal(legs),
    }
    result = _eval_node(compile_formula(formula), env)
    return result.quantize(Decimal("0.01"))


if __name__ == "__main__":
    print(commission("max(1.0, shares * 0.005)", shares=300, price=Decimal("12.40")))
