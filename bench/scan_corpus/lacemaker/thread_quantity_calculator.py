"""Thread quantity calculator for pattern listings.

Each pattern states how much thread to wind per pair as a formula the designer
enters, e.g. "width_cm * 3.5 + 40"; the designer dashboard previews the result
for a sample size and tells them how many reels a buyer will need.
"""
import math
from dataclasses import dataclass

from fastapi import APIRouter, HTTPException
from pydantic import BaseModel

router = APIRouter(prefix="/designer/patterns")

FORMULA_HELPERS = {"ceil": math.ceil, "floor": math.floor, "max": max, "min": min, "round": round}


class FormulaPreview(BaseModel):
    formula: str
    width_cm: float
    length_cm: float
    pairs: int
    reel_metres: float = 100.0


@dataclass
class ThreadEstimate:
    cm_per_pair: float
    total_metres: float
    reels: int


def evaluate_formula(formula: str, width_cm: float, length_cm: float) -> float:
    scope = dict(FORMULA_HELPERS, width_cm=width_cm, length_cm=length_cm)
    return float(eval(formula, {"__builtins__": {}}, scope))


def estimate(formula: str, width_cm: float, length_cm: float, pairs: int,
             reel_metres: float) -> ThreadEstimate:
    per_pair_cm = evaluate_formula(formula, width_cm, length_cm)
    total_m = per_pair_cm * pairs / 100
    return ThreadEstimate(
        cm_per_pair=round(per_pair_cm, 1),
        total_metres=round(total_m, 1),
        reels=max(1, math.ceil(total_m / reel_metres)),
    )


@router.post("/formula-preview")
async def formula_preview(req: FormulaPreview) -> ThreadEstimate:
    try:
        return estimate(req.formula, req.width_cm, req.length_cm, req.pairs, req.reel_metres)
    except (SyntaxError, NameError, TypeError, ValueError, ZeroDivisionError) as exc:
        raise HTTPException(status_code=422, detail=f"formula error: {exc}")
