"""Evaluate observer-supplied scheduling constraints.

Constraints such as ``airmass < 1.5 and moon_sep > 40`` are parsed with
``ast`` and interpreted by a small tree walker that only understands
comparisons, boolean logic, arithmetic and a fixed set of variable names.
"""
import ast
import operator

VARIABLES = {"airmass", "moon_sep", "moon_illum", "seeing", "sky_brightness", "hour_angle"}

_BINOPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}
_CMPOPS = {
    ast.Lt: operator.lt, ast.LtE: operator.le, ast.Gt: operator.gt,
    ast.GtE: operator.ge, ast.Eq: operator.eq, ast.NotEq: operator.ne,
}
MAX_LENGTH = 200


class ConstraintError(ValueError):
    pass


def parse_constraint(text: str) -> ast.Expression:
    if len(text) > MAX_LENGTH:
        raise ConstraintError("constraint is too long")
    try:
        return ast.parse(text, mode="eval")
    except SyntaxError as exc:
        raise ConstraintError(f"cannot parse constraint: {exc.msg}") from exc


def _walk(node: ast.AST, values: dict[str, float]):
    if isinstance(node, ast.Expression):
        return _walk(node.body, values)
    if isinstance(node, ast.BoolOp):
        results = [_walk(v, values) for v in node.values]
        return all(results) if isinstance(node.op, ast.And) else any(results)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.Not, ast.USub)):
        operand = _walk(node.operand, values)
        return (not operand) if isinstance(node.op, ast.Not) else -operand
    if isinstance(node, ast.BinOp) and type(node.op) in _BINOPS:
        return _BINOPS[type(node.op)](_walk(node.left, values), _walk(node.right, values))
    if isinstance(node, ast.Compare):
        left = _walk(node.left, values)
        for op, comparator in zip(node.ops, node.comparators):
            if type(op) not in _CMPOPS:
                raise ConstraintError(f"operator {type(op).__name__} not allowed")
            right = _walk(comparator, values)
            if not _CMPOPS[type(op)](left, right):
                return False
            left = right
        return True
    if isinstance(node, ast.Name) and node.id in VARIABLES:
        return values[node.id]
    if isinstance(node, ast.Constant) and type(node.value) in (int, float):
        return node.value
    raise ConstraintError(f"unsupported element in constraint: {ast.dump(node)[:60]}")


def satisfied(constraint: str, conditions: dict[str, float]) -> bool:
    return bool(_walk(parse_constraint(constraint), conditions))
