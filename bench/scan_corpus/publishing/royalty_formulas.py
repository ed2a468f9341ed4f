"""Evaluates royalty escalator formulas entered on the contracts deal sheet.

Only arithmetic, comparisons, conditional expressions and a few helper
functions over named sales figures are accepted, e.g.
    "0.10 * net if units < 5000 else 0.125 * net"
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
}
_FUNCS = {"min": min, "max": max}
MAX_FORMULA_LENGTH = 300


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
        return _BIN_OPS[type(node.op)](_eval(node.left, variables), _eval(node.right, variables))
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return -_eval(node.operand, variables)
    if isinstance(node, ast.Compare) and len(node.ops) == 1 and type(node.ops[0]) in _CMP_OPS:
        return _CMP_OPS[type(node.ops[0])](
            _eval(node.left, variables), _eval(node.comparators[0], variables)
        )
    if isinstance(node, ast.IfExp):
        branch = node.body if _eval(node.test, variables) else node.orelse
        return _eval(branch, variables)
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in _FUNCS
        and not node.keywords
    ):
        return _FUNCS[node.func.id](*(_eval(arg, variables) for arg in node.args))
    raise FormulaError(f"unsupported expression: {ast.dump(node)[:60]}")


def evaluate(formula: str, variables: dict[str, float]) -> float:
    if len(formula) > MAX_FORMULA_LENGTH:
        raise FormulaError("formula too long")
    try:
        tree = ast.parse(formula, mode="eval")
    except SyntaxError as exc:
        raise FormulaError(str(exc)) from exc
    return _eval(tree, variables)
