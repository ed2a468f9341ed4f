"""Evaluate instructor-defined grade formulas without executing code.

Formulas are arithmetic over component names, e.g.
``0.4 * labs + 0.6 * max(midterm, final)``.  We parse them with ``ast`` and
walk a small whitelist of node types.
"""
import ast
import operator

_BINOPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}
_UNARY = {ast.USub: operator.neg, ast.UAdd: operator.pos}
_FUNCS = {"min": min, "max": max}
MAX_FORMULA_LEN = 500


class FormulaError(ValueError):
    pass


def _eval(node: ast.AST, scores: dict[str, float]) -> float:
    if isinstance(node, ast.Expression):
        return _eval(node.body, scores)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return float(node.value)
    if isinstance(node, ast.Name):
        if node.id not in scores:
            raise FormulaError(f"unknown component {node.id!r}")
        return float(scores[node.id])
    if isinstance(node, ast.BinOp) and type(node.op) in _BINOPS:
        return _BINOPS[type(node.op)](_eval(node.left, scores), _eval(node.right, scores))
    if isinstance(node, ast.UnaryOp) and type(node.op) in _UNARY:
        return _UNARY[type(node.op)](_eval(node.operand, scores))
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id in _FUNCS and not node.keywords):
        return _FUNCS[node.func.id](*(_eval(a, scores) for a in node.args))
    raise FormulaError(f"unsupported expression: {ast.dump(node)[:60]}")


def evaluate(formula: str, scores: dict[str, float]) -> float:
    if len(formula) > MAX_FORMULA_LEN:
        raise FormulaError("formula too long")
    try:
        tree = ast.parse(formula, mode="eval")
    except SyntaxError as exc:
        raise FormulaError(str(exc)) from exc
    return _eval(tree, scores)


def validate(formula: str, components: list[str]) -> None:
    """Dry-run the formula with every component at 100 so errors show on save."""
    evaluate(formula, {name: 100.0 for name in components})
