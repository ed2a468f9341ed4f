"""Formula evaluation for computed columns in the dashboard chart builder.

Editors type arithmetic such as ``spend / population * 1000``. The formula
is parsed with ``ast`` and walked node by node; only numbers, column names,
the four arithmetic operators and a few whitelisted functions are allowed.
"""
import ast
import math
import operator

_BIN_OPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}
_UNARY_OPS = {ast.USub: operator.neg, ast.UAdd: operator.pos}
_FUNCS = {"abs": abs, "round": round, "sqrt": math.sqrt, "min": min, "max": max}
MAX_FORMULA_LEN = 200


class FormulaError(ValueError):
    pass


def compile_formula(formula: str) -> ast.Expression:
    if len(formula) > MAX_FORMULA_LEN:
        raise FormulaError("formula too long")
    try:
        return ast.parse(formula, mode="eval")
    except SyntaxError as exc:
        raise FormulaError(f"syntax error at column {exc.offset}") from None


def _eval(node: ast.AST, row: dict) -> float:
    if isinstance(node, ast.Expression):
        return _eval(node.body, row)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.Name):
        value = row.get(node.id)
        if not isinstance(value, (int, float)):
            raise FormulaError(f"unknown or non-numeric column {node.id!r}")
        return value
    if isinstance(node, ast.BinOp) and type(node.op) in _BIN_OPS:
        return _BIN_OPS[type(node.op)](_eval(node.left, row), _eval(node.right, row))
    if isinstance(node, ast.UnaryOp) and type(node.op) in _UNARY_OPS:
        return _UNARY_OPS[type(node.op)](_eval(node.operand, row))
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in _FUNCS
        and not node.keywords
    ):
        return _FUNCS[node.func.id](*(_eval(arg, row) for arg in node.args))
    raise FormulaError(f"unsupported expression: {type(node).__name__}")


def evaluate(formula: str, rows: list[dict]) -> list[float | None]:
    tree = compile_formula(formula)
    out = []
    for row in rows:
        try:
            out.append(_eval(tree, row))
        except (ZeroDivisionError, FormulaError, ValueError):
            out.append(None)
    return out
