"""Evaluates wheel-dimension formulas from the wheelwright's pattern book.

Pattern-book entries store dish and spoke lengths as formulas in terms of
the wheel diameter (d), hub diameter (h) and felloe depth (f), e.g.
"(d - h) / 2 - f + 12". Staff can edit formulas from the admin screen.
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
_FUNCS = {"sqrt": math.sqrt, "sin": math.sin, "cos": math.cos, "radians": math.radians}
MAX_EXPONENT = 4


class FormulaError(ValueError):
    pass


def _eval(node: ast.AST, variables: dict[str, float]) -> float:
    if isinstance(node, ast.Expression):
        return _eval(node.body, variables)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return float(node.value)
    if isinstance(node, ast.Name):
        if node.id not in variables:
            raise FormulaError(f"unknown variable {node.id!r}")
        return float(variables[node.id])
    if isinstance(node, ast.BinOp) and type(node.op) in _BIN_OPS:
        left, right = _eval(node.left, variables), _eval(node.right, variables)
        if isinstance(node.op, ast.Pow) and abs(right) > MAX_EXPONENT:
            raise FormulaError("exponent too large")
        return _BIN_OPS[type(node.op)](left, right)
    if isinstance(node, ast.UnaryOp) and type(node.op) in _UNARY_OPS:
        return _UNARY_OPS[type(node.op)](_eval(node.operand, variables))
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id in _FUNCS and len(node.args) == 1 and not node.keywords):
        return _FUNCS[node.func.id](_eval(node.args[0], variables))
    raise FormulaError(f"unsupported element: {type(node).__name__}")


def evaluate(formula: str, **variables: float) -> float:
    if len(formula) > 200:
        raise FormulaError("formula too long")
    try:
        tree = ast.parse(formula, mode="eval")
    except SyntaxError as err:
        raise FormulaError(f"cannot parse formula: {err.msg}") from err
    return _eval(tree, variables)


def spoke_length(entry: dict, diameter: float, hub: float, felloe: float) -> float:
    return round(evaluate(entry["spoke_formula"], d=diameter, h=hub, f=felloe), 1)


if __name__ == "__main__":
    print(spoke_length({"spoke_formula": "(d - h) / 2 - f + 12"}, 1200, 250, 75))
