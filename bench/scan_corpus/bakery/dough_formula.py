"""Evaluate dough hydration and scaling formulas stored with recipes.

Formulas are small arithmetic expressions such as
"flour * 0.68 + min(seeds * 0.5, 40)". They are parsed with ``ast`` and
walked by hand so only numbers, known variables, arithmetic operators and
a few whitelisted functions are accepted.
"""
import ast
import math
import operator

_BIN_OPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.Pow: operator.pow,
}
_UNARY_OPS = {ast.UAdd: operator.pos, ast.USub: operator.neg}
_FUNCS = {"min": min, "max": max, "round": round, "sqrt": math.sqrt, "ceil": math.ceil}
MAX_EXPONENT = 4


class FormulaError(ValueError):
    pass


def _eval(node: ast.AST, variables: dict[str, float]) -> float:
    if isinstance(node, ast.Expression):
        return _eval(node.body, variables)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.Name):
        if node.id not in variables:
            raise FormulaError(f"unknown variable {node.id!r}")
        return variables[node.id]
    if isinstance(node, ast.BinOp) and type(node.op) in _BIN_OPS:
        left, right = _eval(node.left, variables), _eval(node.right, variables)
        if isinstance(node.op, ast.Pow) and abs(right) > MAX_EXPONENT:
            raise FormulaError("exponent too large")
        return _BIN_OPS[type(node.op)](left, right)
    if isinstance(node, ast.UnaryOp) and type(node.op) in _UNARY_OPS:
        return _UNARY_OPS[type(node.op)](_eval(node.operand, variables))
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in _FUNCS and not node.keywords:
        return _FUNCS[node.func.id](*(_eval(arg, variables) for arg in node.args))
    raise FormulaError(f"unsupported syntax: {ast.dump(node)[:60]}")


def evaluate(formula: str, **variables: float) -> float:
    if len(formula) > 200:
        raise FormulaError("formula too long")
    try:
        tree = ast.parse(formula, mode="eval")
    except SyntaxError as exc:
        raise FormulaError(str(exc)) from exc
    return float(_eval(tree, variables))


def scale_recipe(ingredients: dict[str, dict], batch_kg: float, ref_kg: float) -> dict[str, float]:
    scaled = {}
    for name, spec in ingredients.items():
        base = float(spec["base_g"])
        formula = spec.get("formula") or "base * batch / ref"
        scaled[name] = round(evaluate(formula, base=base, batch=batch_kg, ref=ref_kg), 1)
    return scaled
