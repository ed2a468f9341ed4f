"""Brand-specific fit adjustments for the size recommendation service.

Brand partners describe how their garments run relative to our base size
chart, e.g. ``chest_cm * 1.03 + 1`` for a slim-cut shirt. The expressions are
submitted through the partner API and applied to the customer's measurements
before the base chart lookup.
"""
from dataclasses import dataclass

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel

from sizing.auth import require_partner

router = APIRouter(prefix="/fit")

BASE_CHART = [("XS", 84), ("S", 90), ("M", 96), ("L", 104), ("XL", 112), ("XXL", 120)]

_brand_rules: dict[str, str] = {}


class FitRule(BaseModel):
    brand: str
    expression: str


class Measurements(BaseModel):
    brand: str
    chest_cm: float
    waist_cm: float | None = None
    height_cm: float | None = None


@dataclass
class Recommendation:
    size: str
    adjusted_chest_cm: float


def _adjust(brand: str, m: Measurements) -> float:
    expr = _brand_rules.get(brand)
    if not expr:
        return m.chest_cm
    scope = {"chest_cm": m.chest_cm, "waist_cm": m.waist_cm or 0, "height_cm": m.height_cm or 0}
    return float(eval(expr, {"__builtins__": {}}, scope))


@router.put("/rules")
def put_rule(rule: FitRule, partner=Depends(require_partner)):
    if rule.brand not in partner.brands:
        raise HTTPException(status_code=403, detail="not your brand")
    _brand_rules[rule.brand] = rule.expression
    return {"brand": rule.brand, "stored": True}


@router.post("/recommend")
def recommend(m: Measurements) -> Recommendation:
    chest = _adjust(m.brand, m)
    for size, max_chest in BASE_CHART:
        if chest <= max_chest:
            return Recommendation(size=size, adjusted_chest_cm=round(chest, 1))
    raise HTTPException(status_code=422, detail="outside size range")
