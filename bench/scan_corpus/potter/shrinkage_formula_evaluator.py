"""Evaluate clay-body shrinkage formulas for the sizing chart in wheel classes.

Instructors enter a formula such as "w / (1 - s/100)" to show students how
large to throw a form so it finishes at the desired size after firing.
"""
import ast
import operator

from pydantic import BaseModel, Field

ALLOWED_NAMES = {"w", "s", "h"}
BINARY_OPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.Pow: operator.pow,
}
UNARY_OPS = {ast.UAdd: operator.pos, ast.USub: operator.neg}


class ShrinkageInput(BaseModel):
    formula: str = Field(max_length=120)
    w: float = Field(gt=0, description="finished width in cm")
    h: float = Field(gt=0, description="finished height in cm")
    s: float = Field(ge=0, lt=30, description="total shrinkage percent")


def _eval_node(node: ast.AST, values: dict[str, float]) -> float:
    if isinstance(node, ast.Expression):
        return _eval_node(node.body, values)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return float(node.value)
    if isinstance(node, ast.Name) and node.id in ALLOWED_NAMES:
        return values[node.id]
    if isinstance(node, ast.BinOp) and type(node.op) in BINARY_OPS:
        left, right = _eval_node(node.left, values), _eval_node(node.right, values)
        if isinstance(node.op, ast.Pow) and abs(right) > 4:
            raise ValueError("exponent too large")
        return BINARY_OPS[type(node.op)](left, right)
    if isinstance(node, ast.UnaryOp) and type(node.op) in UNARY_OPS:
        return UNARY_OPS[type(node.op)](_eval_node(node.operand, values))
    raise ValueError(f"unsupported element: {type(node).__name__}")


def throwing_size(data: ShrinkageInput) -> float:
    tree = ast.parse(data.formula, mode="eval")
    result = _eval_node(tree, {"w": data.w, "h": data.h, "s": data.s})
    return round(result, 1)
