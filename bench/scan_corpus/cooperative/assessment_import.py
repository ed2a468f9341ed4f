"""Import of special-assessment schedules approved by the board.

The treasurer uploads a CSV with one row per unit; the ``amount`` column may
be a number or a small arithmetic expression over ``share`` (the unit's
ownership share) and ``sqm``, e.g. ``12000 * share + 150``.
"""
import ast
import csv
import io
import operator
from decimal import Decimal

_BINOPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}
_FUNCS = {"min": min, "max": max}


class ExpressionError(ValueError):
    pass


def _eval_node(node: ast.AST, names: dict[str, float]) -> float:
    if isinstance(node, ast.Expression):
        return _eval_node(node.body, names)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return float(node.value)
    if isinstance(node, ast.Name) and node.id in names:
        return names[node.id]
    if isinstance(node, ast.BinOp) and type(node.op) in _BINOPS:
        return _BINOPS[type(node.op)](_eval_node(node.left, names), _eval_node(node.right, names))
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return -_eval_node(node.operand, names)
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id in _FUNCS and not node.keywords and node.args):
        return _FUNCS[node.func.id](*(_eval_node(a, names) for a in node.args))
    raise ExpressionError(f"unsupported expression element: {type(node).__name__}")


def evaluate_amount(expr: str, share: float, sqm: float) -> Decimal:
    if len(expr) > 120:
        raise ExpressionError("expression too long")
    tree = ast.parse(expr, mode="eval")
    try:
        value = _eval_node(tree, {"share": share, "sqm": sqm})
    except ZeroDivisionError as exc:
        raise ExpressionError("division by zero") from exc
    return Decimal(str(round(value, 2)))


def parse_schedule(csv_text: str) -> list[tuple[str, Decimal]]:
    rows = []
    for row in csv.DictReader(io.StringIO(csv_text)):
        amount = evaluate_amount(row["amount"], float(row["share"]), float(row["sqm"]))
        rows.append((row["unit"], amount))
    return rows
