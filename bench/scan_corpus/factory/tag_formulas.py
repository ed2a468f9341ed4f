"""Computes derived OPC-UA tags (OEE, rates, ratios) from formulas configured per line."""
import math
from typing import Mapping

from fastapi import APIRouter
from pydantic import BaseModel

router = APIRouter(prefix="/derived")

_HELPERS = {"min": min, "max": max, "abs": abs, "sqrt": math.sqrt, "round": round}


class FormulaTest(BaseModel):
    formula: str
    sample: dict[str, float]


def evaluate(formula: str, values: Mapping[str, float]) -> float:
    scope = dict(_HELPERS)
    scope.update(values)
    return eval(formula, {"__builtins__": {}}, scope)


@router.post("/test")
def test_formula(req: FormulaTest):
    try:
        result = evaluate(req.formula, req.sample)
    except ZeroDivisionError:
        return {"ok": False, "error": "division by zero"}
    return {"ok": True, "value": float(result)}
