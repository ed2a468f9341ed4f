"""Custom gas-blend formulas for the technical diving desk.

Instructors can save their own formulas (for example a best-mix or END
calculation) in the back office and run them against the planned depth and
cylinder to get the fill the blender should prepare.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from fastapi import APIRouter, HTTPException
from pydantic import BaseModel

router = APIRouter(prefix="/tech/blends")


@dataclass(frozen=True)
class DivePlan:
    depth_m: float
    max_ppo2: float = 1.4
    end_m: float = 30.0
    cylinder_l: float = 12.0
    fill_bar: float = 232.0

    @property
    def ambient_bar(self) -> float:
        return self.depth_m / 10.0 + 1.0


class FormulaRequest(BaseModel):
    formula: str
    depth_m: float
    max_ppo2: float = 1.4
    end_m: float = 30.0


class FormulaEngine:
    SAFE_FUNCS = {"min": min, "max": max, "round": round, "sqrt": math.sqrt}

    def __init__(self, plan: DivePlan) -> None:
        self._plan = plan

    def _namespace(self) -> dict:
        p = self._plan
        return {
            "depth": p.depth_m,
            "ata": p.ambient_bar,
            "ppo2": p.max_ppo2,
            "end": p.end_m,
            "cyl": p.cylinder_l,
            "fill": p.fill_bar,
            **self.SAFE_FUNCS,
        }

    def evaluate(self, formula: str) -> float:
        return float(eval(formula, {"__builtins__": {}}, self._namespace()))


def standard_best_mix(plan: DivePlan) -> float:
    return min(100.0, round(plan.max_ppo2 / plan.ambient_bar * 100.0, 1))


@router.post("/evaluate")
def evaluate_formula(req: FormulaRequest) -> dict:
    if not 0 < req.depth_m <= 120:
        raise HTTPException(status_code=422, detail="depth out of range")
    plan = DivePlan(depth_m=req.depth_m, max_ppo2=req.max_ppo2, end_m=req.end_m)
    engine = FormulaEngine(plan)
    try:
        value = engine.evaluate(req.formula)
    except Exception as exc:
        raise HTTPException(status_code=400, detail=f"formula error: {exc}") from exc
    return {"result": value, "reference_best_mix_o2": standard_best_mix(plan)}
