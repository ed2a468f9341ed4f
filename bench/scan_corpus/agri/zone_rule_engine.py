"""Evaluates farm-manager irrigation rules such as
``soil_vwc < 22 and (rain_forecast_mm < 3 or et0_mm > 6)``.

Rules are parsed once with the ``ast`` module and evaluated by walking the
tree; only comparisons, boolean logic, arithmetic, numbers and known sensor
names are accepted.
"""
import ast
import operator

SENSOR_NAMES = frozenset({
    "soil_vwc", "soil_temp_c", "rain_forecast_mm", "rain_24h_mm",
    "et0_mm", "air_temp_c", "wind_ms", "tank_level_pct",
})

_CMP = {ast.Lt: operator.lt, ast.LtE: operator.le, ast.Gt: operator.gt,
        ast.GtE: operator.ge, ast.Eq: operator.eq, ast.NotEq: operator.ne}
_BIN = {ast.Add: operator.add, ast.Sub: operator.sub,
        ast.Mult: operator.mul, ast.Div: operator.truediv}


class RuleError(ValueError):
    pass


def compile_rule(expression: str) -> ast.Expression:
    if len(expression) > 500:
        raise RuleError("rule too long")
    try:
        tree = ast.parse(expression, mode="eval")
    except SyntaxError as exc:
        raise RuleError(f"syntax error: {exc.msg}") from exc
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id not in SENSOR_NAMES:
            raise RuleError(f"unknown sensor {node.id!r}")
    return tree


def _eval(node, readings):
    if isinstance(node, ast.Expression):
        return _eval(node.body, readings)
    if isinstance(node, ast.BoolOp):
        values = [_eval(v, readings) for v in node.values]
        return all(values) if isinstance(node.op, ast.And) else any(values)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        return not _eval(node.operand, readings)
    if isinstance(node, ast.Compare):
        left = _eval(node.left, readings)
        for op, comp in zip(node.ops, node.comparators):
            right = _eval(comp, readings)
            if type(op) not in _CMP or not _CMP[type(op)](left, right):
                return False
            left = right
        return True
    if isinstance(node, ast.BinOp) and type(node.op) in _BIN:
        return _BIN[type(node.op)](_eval(node.left, readings), _eval(node.right, readings))
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.Name):
        return readings[node.id]
    raise RuleError(f"unsupported element {type(node).__name__}")


def rule_matches(tree: ast.Expression, readings: dict[str, float]) -> bool:
    return bool(_eval(tree, readings))
