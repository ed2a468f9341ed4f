"""Evaluate store-manager pricing formulas without executing code.

Formulas are parsed with :mod:`ast` and walked by a tiny interpreter that
only knows numbers, a few variables, arithmetic, comparisons and the
``a if cond else b`` form.
"""
import ast
import operator

_BIN_OPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}
_CMP_OPS = {
    ast.Lt: operator.lt,
    ast.LtE: operator.le,
    ast.Gt: operator.gt,
    ast.GtE: operator.ge,
    ast.Eq: operator.eq,
    ast.NotEq: operator.ne,
}
MAX_FORMULA_LENGTH = 200


class FormulaError(ValueError):
    pass


def _eval(node: ast.AST, names: dict[str, float]) -> float:
    if isinstance(node, ast.Expression):
        return _eval(node.body, names)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.Name) and node.id in names:
        return names[node.id]
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return -_eval(node.operand, names)
    if isinstance(node, ast.BinOp) and type(node.op) in _BIN_OPS:
        return _BIN_OPS[type(node.op)](_eval(node.left, names), _eval(node.right, names))
    if isinstance(node, ast.Compare) and len(node.ops) == 1 and type(node.ops[0]) in _CMP_OPS:
        left, right = _eval(node.left, names), _eval(node.comparators[0], names)
        return _CMP_OPS[type(node.ops[0])](left, right)
    if isinstance(node, ast.IfExp):
        branch = node.body if _eval(node.test, names) else node.orelse
        return _eval(branch, names)
    raise FormulaError(f"unsupported element: {ast.dump(node)[:60]}")


def evaluate(formula: str, **names: float) -> int:
    if len(formula) > MAX_FORMULA_LENGTH:
        raise FormulaError("formula too long")
    try:
        tree = ast.parse(formula, mode="eval")
    except SyntaxError as exc:
        raise FormulaError(str(exc)) from exc
    try:
        return max(0, int(round(_eval(tree, names))))
    except (ZeroDivisionError, OverflowError) as exc:
        raise FormulaError("formula result out of range") from exc
