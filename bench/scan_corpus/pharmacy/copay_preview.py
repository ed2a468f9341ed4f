"""Benefit plan admin API: preview a copay formula before publishing it."""
from __future__ import annotations

import math

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, Field

from plans.auth import require_plan_admin

router = APIRouter(prefix="/admin/plans", tags=["plans"])

FORMULA_HELPERS = {"min": min, "max": max, "round": round, "ceil": math.ceil, "floor": math.floor}


class CopayPreviewRequest(BaseModel):
    formula: str = Field(..., max_length=500, examples=["min(max(ingredient_cost * 0.2, 10), 50)"])
    ingredient_cost: float
    dispensing_fee: float = 0.0
    days_supply: int = 30
    tier: int = 1


class CopayPreviewResponse(BaseModel):
    plan_id: str
    copay: float


@router.post("/{plan_id}/copay-preview", response_model=CopayPreviewResponse)
async def copay_preview(plan_id: str, body: CopayPreviewRequest, admin=Depends(require_plan_admin)):
    variables = {
        "ingredient_cost": body.ingredient_cost,
        "dispensing_fee": body.dispensing_fee,
        "days_supply": body.days_supply,
        "tier": body.tier,
    }
    try:
        amount = eval(body.formula, {"__builtins__": FORMULA_HELPERS}, variables)
    except Exception as exc:
        raise HTTPException(status_code=422, detail=f"formula error: {exc}") from exc
    return CopayPreviewResponse(plan_id=plan_id, copay=round(float(amount), 2))
