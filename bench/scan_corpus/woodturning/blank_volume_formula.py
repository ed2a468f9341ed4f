"""Evaluate the small formulas tutors type into the turning planner.

Tutors describe allowances such as "d + 2*wall" or "h * 1.1 + 8"; these are
parsed with the ast module and only arithmetic on known names is allowed.
"""
from __future__ import annotations

import ast
import math
import operator

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI(title="Turning planner")

_BIN_OPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.Pow: operator.pow,
}
_UNARY_OPS = {ast.UAdd: operator.pos, ast.USub: operator.neg}
_FUNCS = {"sqrt": math.sqrt, "min": min, "max": max}
MAX_LENGTH = 80


def _eval_node(node: ast.AST, names: dict[str, float]) -> float:
    if isinstance(node, ast.Expression):
        return _eval_node(node.body, names)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return float(node.value)
    if isinstance(node, ast.Name) and node.id in names:
        return names[node.id]
    if isinstance(node, ast.BinOp) and type(node.op) in _BIN_OPS:
        right = _eval_node(node.right, names)
        if isinstance(node.op, ast.Pow) and abs(right) > 4:
            raise ValueError("exponent too large")
        return _BIN_OPS[type(node.op)](_eval_node(node.left, names), right)
    if isinstance(node, ast.UnaryOp) and type(node.op) in _UNARY_OPS:
        return _UNARY_OPS[type(node.op)](_eval_node(node.operand, names))
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in _FUNCS
        and not node.keywords
    ):
        return float(_FUNCS[node.func.id](*(_eval_node(a, names) for a in node.args)))
    raise ValueError(f"unsupported expression element: {type(node).__name__}")


def evaluate(formula: str, **names: float) -> float:
    if len(formula) > MAX_LENGTH:
        raise ValueError("formula too long")
    tree = ast.parse(formula, mode="eval")
    return _eval_node(tree, names)


class PlanRequest(BaseModel):
    diameter_mm: float
    height_mm: float
    wall_mm: float = 8.0
    diameter_formula: str = "d + 2*wall + 6"
    height_formula: str = "h + 15"


@app.post("/planner/blank")
def plan_blank(req: PlanRequest):
    names = {"d": req.diameter_mm, "h": req.height_mm, "wall": req.wall_mm, "pi": math.pi}
    try:
        blank_d = evaluate(req.diameter_formula, **names)
        blank_h = evaluate(req.height_formula, **names)
    except (ValueError, SyntaxError, ZeroDivisionError) as exc:
        raise HTTPException(status_code=400, detail=str(exc)) from exc
    return {"blank_diameter_mm": round(blank_d, 1), "blank_height_mm": round(blank_h, 1)}
