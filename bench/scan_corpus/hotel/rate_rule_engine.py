"""Evaluate revenue-manager pricing formulas without executing code.

Formulas are arithmetic over a fixed set of demand variables, with
comparisons and ``a if cond else b``. They are parsed with :mod:`ast` and
walked node by node; anything outside the allowed grammar is rejected.
"""
import ast
import operator

_BINOPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.Mod: operator.mod,
}
_CMPOPS = {
    ast.Lt: operator.lt,
    ast.LtE: operator.le,
    ast.Gt: operator.gt,
    ast.GtE: operator.ge,
    ast.Eq: operator.eq,
    ast.NotEq: operator.ne,
}
_FUNCS = {"min": min, "max": max, "round": round}
VARIABLES = {"base", "occupancy", "lead_days", "day_of_week", "los", "pickup_7d"}


class FormulaError(ValueError):
    pass


def _eval(node: ast.AST, env: dict[str, float]) -> float:
    if isinstance(node, ast.Expression):
        return _eval(node.body, env)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.Name) and node.id in VARIABLES:
        return env[node.id]
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return -_eval(node.operand, env)
    if isinstance(node, ast.BinOp) and type(node.op) in _BINOPS:
        return _BINOPS[type(node.op)](_eval(node.left, env), _eval(node.right, env))
    if isinstance(node, ast.Compare) and len(node.ops) == 1 and type(node.ops[0]) in _CMPOPS:
        return _CMPOPS[type(node.ops[0])](_eval(node.left, env), _eval(node.comparators[0], env))
    if isinstance(node, ast.IfExp):
        return _eval(node.body, env) if _eval(node.test, env) else _eval(node.orelse, env)
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in _FUNCS
        and not node.keywords
    ):
        return _FUNCS[node.func.id](*(_eval(a, env) for a in node.args))
    raise FormulaError(f"not allowed in a rate formula: {ast.dump(node)[:60]}")


def compile_formula(text: str) -> ast.Expression:
    if len(text) > 500:
        raise FormulaError("formula too long")
    try:
        return ast.parse(text, mode="eval")
    except SyntaxError as exc:
        raise FormulaError(str(exc)) from exc


def apply_formula(text: str, **demand: float) -> float:
    return round(float(_eval(compile_formula(text), demand)), 2)
