"""Evaluates promoter-defined booking fee formulas.

Formulas are plain arithmetic over a few named inputs, e.g.
``max(150, price * 0.08) + 25``. They are parsed with ``ast`` and walked
by a tiny interpreter that only knows numbers, names, + - * / and a
couple of whitelisted functions.
"""
import ast
import operator

MAX_FORMULA_LEN = 200

_BINOPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}
_UNARY = {ast.USub: operator.neg, ast.UAdd: operator.pos}
_FUNCS = {"min": min, "max": max, "round": round}


class FormulaError(ValueError):
    pass


def _eval(node: ast.AST, names: dict[str, float]) -> float:
    if isinstance(node, ast.Expression):
        return _eval(node.body, names)
    if isinstance(node, ast.Constant) and type(node.value) in (int, float):
        return node.value
    if isinstance(node, ast.Name):
        if node.id not in names:
            raise FormulaError(f"unknown name {node.id!r}")
        return names[node.id]
    if isinstance(node, ast.BinOp) and type(node.op) in _BINOPS:
        return _BINOPS[type(node.op)](_eval(node.left, names), _eval(node.right, names))
    if isinstance(node, ast.UnaryOp) and type(node.op) in _UNARY:
        return _UNARY[type(node.op)](_eval(node.operand, names))
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in _FUNCS
        and not node.keywords
    ):
        return _FUNCS[node.func.id](*(_eval(a, names) for a in node.args))
    raise FormulaError(f"unsupported syntax: {type(node).__name__}")


def booking_fee_cents(formula: str, price_cents: int, quantity: int) -> int:
    if len(formula) > MAX_FORMULA_LEN:
        raise FormulaError("formula too long")
    try:
        tree = ast.parse(formula, mode="eval")
    except SyntaxError as exc:
        raise FormulaError("formula is not valid arithmetic") from exc
    try:
        value = _eval(tree, {"price": price_cents, "qty": quantity})
    except ZeroDivisionError as exc:
        raise FormulaError("division by zero") from exc
    return max(0, int(round(value)))
