"""Tiny expression language for fraud rule conditions.

Analysts write conditions such as
``points > 5000 and channel in ("web", "app") and not member_verified``.
Conditions are parsed with ``ast`` and interpreted by walking a small set
of allowed node types; nothing is ever compiled or executed as Python.
"""
import ast
import operator
from typing import Any, Mapping

MAX_LEN = 500

_CMP = {
    ast.Eq: operator.eq, ast.NotEq: operator.ne,
    ast.Lt: operator.lt, ast.LtE: operator.le,
    ast.Gt: operator.gt, ast.GtE: operator.ge,
    ast.In: lambda a, b: a in b, ast.NotIn: lambda a, b: a not in b,
}
_ARITH = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul}


class RuleError(ValueError):
    pass


def _num(v: Any) -> float:
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise RuleError("arithmetic is only allowed on numbers")
    return v


def _eval(node: ast.AST, env: Mapping[str, Any]) -> Any:
    if isinstance(node, ast.Expression):
        return _eval(node.body, env)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float, str, bool)):
        return node.value
    if isinstance(node, ast.Name):
        if node.id not in env:
            raise RuleError(f"unknown field {node.id!r}")
        return env[node.id]
    if isinstance(node, (ast.Tuple, ast.List)):
        return tuple(_eval(e, env) for e in node.elts)
    if isinstance(node, ast.BoolOp):
        vals = (_eval(v, env) for v in node.values)
        return all(vals) if isinstance(node.op, ast.And) else any(vals)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        return not _eval(node.operand, env)
    if isinstance(node, ast.BinOp) and type(node.op) in _ARITH:
        return _ARITH[type(node.op)](_num(_eval(node.left, env)), _num(_eval(node.right, env)))
    if isinstance(node, ast.Compare):
        left = _eval(node.left, env)
        for op, comp in zip(node.ops, node.comparators):
            right = _eval(comp, env)
            if type(op) not in _CMP or not _CMP[type(op)](left, right):
                return False
            left = right
        return True
    raise RuleError(f"unsupported syntax: {type(node).__name__}")


def evaluate(condition: str, fields: Mapping[str, Any]) -> bool:
    if len(condition) > MAX_LEN:
        raise RuleError("condition too long")
    try:
        tree = ast.parse(condition, mode="eval")
    except SyntaxError as exc:
        raise RuleError(str(exc)) from exc
    return bool(_eval(tree, fields))
