"""Visit-window rules from the schedule of assessments.

Protocol windows are written by study designers as small expressions over
study-day variables, e.g. ``day >= 12 and day <= 16`` or
``abs(day - target) <= 3``. They are parsed into an AST and interpreted
here against a fixed set of numeric variables.
"""
import ast
import operator
from datetime import date

_BIN = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul}
_CMP = {
    ast.Lt: operator.lt, ast.LtE: operator.le, ast.Gt: operator.gt,
    ast.GtE: operator.ge, ast.Eq: operator.eq, ast.NotEq: operator.ne,
}
_FUNCS = {"abs": abs}
MAX_RULE_LEN = 300


class RuleError(ValueError):
    pass


def compile_rule(text: str) -> ast.Expression:
    if len(text) > MAX_RULE_LEN:
        raise RuleError("rule too long")
    try:
        return ast.parse(text, mode="eval")
    except SyntaxError as exc:
        raise RuleError(str(exc)) from None


def _interpret(node: ast.AST, env: dict[str, int]):
    if isinstance(node, ast.Expression):
        return _interpret(node.body, env)
    if isinstance(node, ast.Constant) and type(node.value) in (int, float):
        return node.value
    if isinstance(node, ast.Name):
        if node.id not in env:
            raise RuleError(f"unknown variable {node.id!r}")
        return env[node.id]
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return -_interpret(node.operand, env)
    if isinstance(node, ast.BinOp) and type(node.op) in _BIN:
        return _BIN[type(node.op)](_interpret(node.left, env), _interpret(node.right, env))
    if isinstance(node, ast.BoolOp):
        values = (_interpret(v, env) for v in node.values)
        return all(values) if isinstance(node.op, ast.And) else any(values)
    if isinstance(node, ast.Compare):
        left = _interpret(node.left, env)
        for op, comparator in zip(node.ops, node.comparators):
            if type(op) not in _CMP:
                raise RuleError("unsupported comparison")
            right = _interpret(comparator, env)
            if not _CMP[type(op)](left, right):
                return False
            left = right
        return True
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id in _FUNCS and len(node.args) == 1 and not node.keywords):
        return _FUNCS[node.func.id](_interpret(node.args[0], env))
    raise RuleError(f"unsupported syntax: {type(node).__name__}")


def in_window(rule: str, visit_date: date, baseline: date, target_day: int) -> bool:
    env = {"day": (visit_date - baseline).days + 1, "target": target_day}
    return bool(_interpret(compile_rule(rule), env))
