"""Evaluation of coach-defined interval target formulas.

Formulas such as ``ftp * 0.88`` or ``max(threshold_pace * 1.05, 240)`` are
parsed with ``ast`` and evaluated by walking a small whitelist of nodes.
"""
import ast
import operator

_BINOPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}
_FUNCS = {"min": min, "max": max, "round": round}
MAX_FORMULA_LEN = 120


class FormulaError(ValueError):
    pass


def _eval_node(node: ast.AST, variables: dict[str, float]) -> float:
    if isinstance(node, ast.Expression):
        return _eval_node(node.body, variables)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.Name) and node.id in variables:
        return variables[node.id]
    if isinstance(node, ast.BinOp) and type(node.op) in _BINOPS:
        return _BINOPS[type(node.op)](_eval_node(node.left, variables), _eval_node(node.right, variables))
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return -_eval_node(node.operand, variables)
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id in _FUNCS and not node.keywords):
        return _FUNCS[node.func.id](*(_eval_node(a, variables) for a in node.args))
    raise FormulaError(f"unsupported expression: {ast.dump(node)[:60]}")


def evaluate_formula(formula: str, variables: dict[str, float]) -> float:
    if len(formula) > MAX_FORMULA_LEN:
        raise FormulaError("formula too long")
    try:
        tree = ast.parse(formula, mode="eval")
    except SyntaxError as exc:
        raise FormulaError("invalid formula") from exc
    return float(_eval_node(tree, variables))
