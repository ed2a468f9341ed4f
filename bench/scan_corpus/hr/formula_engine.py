"""Evaluates payroll admin formulas (custom deductions, allowances) without exec.

Formulas are parsed with ``ast`` and only arithmetic, comparisons, conditional
expressions, whitelisted names and a few whitelisted functions are allowed.
"""
import ast
import math
import operator
from decimal import Decimal

_BIN_OPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}
_CMP_OPS = {
    ast.Eq: operator.eq,
    ast.NotEq: operator.ne,
    ast.Lt: operator.lt,
    ast.LtE: operator.le,
    ast.Gt: operator.gt,
    ast.GtE: operator.ge,
}
_FUNCS = {"min": min, "max": max, "ceil": math.ceil, "round": round}


class FormulaError(ValueError):
    pass


def evaluate(formula: str, variables: dict[str, float | str]) -> float:
    tree = ast.parse(formula, mode="eval")
    return _eval_node(tree.body, variables)


def _eval_node(node: ast.AST, variables: dict):
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float, str)):
        return node.value
    if isinstance(node, ast.Name):
        if node.id not in variables:
            raise FormulaError(f"unknown variable {node.id!r}")
        return variables[node.id]
    if isinstance(node, ast.BinOp) and type(node.op) in _BIN_OPS:
        left, right = _eval_node(node.left, variables), _eval_node(node.right, variables)
        if not all(isinstance(v, (int, float)) for v in (left, right)):
            raise FormulaError("arithmetic is only allowed on numbers")
        return _BIN_OPS[type(node.op)](left, right)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return -_eval_node(node.operand, variables)
    if isinstance(node, ast.Compare) and len(node.ops) == 1 and type(node.ops[0]) in _CMP_OPS:
        return _CMP_OPS[type(node.ops[0])](
            _eval_node(node.left, variables), _eval_node(node.comparators[0], variables)
        )
    if isinstance(node, ast.IfExp):
        branch = node.body if _eval_node(node.test, variables) else node.orelse
        return _eval_node(branch, variables)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in _FUNCS and not node.keywords:
        return _FUNCS[node.func.id](*(_eval_node(a, variables) for a in node.args))
    raise FormulaError(f"unsupported expression: {ast.dump(node)[:60]}")


def deduction_amount(formula: str, gross: Decimal, state: str, hours: Decimal) -> Decimal:
    value = evaluate(formula, {"gross": float(gross), "state": state, "hours": float(hours)})
    return max(Decimal(str(value)).quantize(Decimal("0.01")), Decimal("0.00"))
